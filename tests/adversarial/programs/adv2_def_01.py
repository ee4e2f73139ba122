"""json.loads of a reply inside try/except whose except prints, after an independent call
that fails: the except's print must not show."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ("cats",)
FAIL = {"boom"}


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(topic: str):
    a = ask("boom " + topic)
    b = ask("second " + topic)
    try:
        data = json.loads(b)
    except ValueError:
        print("bad json from", b)
        data = {}
    c = ask("third " + str(data))
    return [a, c]
