"""A BaseException subclass from a json-parsing helper's except, in a fanned-out loop: the
first item's (later) LM failure comes first."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = (['"ok"', "x"],)
FAIL = {"ok"}


class Fatal(BaseException):
    pass


def load(s):
    try:
        return json.loads(s)
    except ValueError:
        raise Fatal("bad input " + s) from None


def main(items: list[str]):
    out = []
    for s in items:
        out.append(af.lm_call([{"role": "user", "content": load(s)}], model="m"))
    return out
