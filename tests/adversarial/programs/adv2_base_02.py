"""In a fanned-out loop, item 1's call fails (after a wait) and item 2's prompt helper raises
a BaseException subclass at once: item 1's failure comes first."""

import autoform as af

CAUSE = "deferred"
ARGS = (["boom", "", "c"],)
FAIL = {"boom"}


class Abort(BaseException):
    pass


def prompt(x):
    if not x:
        raise Abort("empty item")
    return "about " + x


def main(items: list[str]):
    out = []
    for x in items:
        out.append(af.lm_call([{"role": "user", "content": prompt(x)}], model="m"))
    return out
