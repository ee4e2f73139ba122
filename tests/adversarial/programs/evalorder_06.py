"""`d[key()] = ask(...)`: Python evaluates the value first, then the key (which prints)."""

import autoform as af

CAUSE = 5
ARGS = ("t",)
FAIL = {"value"}


def key():
    print("key computed")
    return "k"


def main(topic: str):
    d = {}
    d[key()] = af.lm_call([{"role": "user", "content": "value"}], model="m")
    return d
