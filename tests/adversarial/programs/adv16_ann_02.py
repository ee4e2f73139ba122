"""A `str` parameter rebound by main to an object whose __format__ reads a module counter
a helper bumps; prompts format it in a loop."""

import autoform as af

CAUSE = "str parameter rebound to object"
ARGS = ("owls", ["a", "b", "c"])
STATE = {"n": 0}


class Tagged:
    def __init__(self, s):
        self.s = s

    def __format__(self, spec):
        return f"{self.s}#{STATE['n']}"


def bump():
    STATE["n"] += 1


def main(topic: str, parts: list[str]):
    topic = Tagged(topic)
    out = []
    for p in parts:
        bump()
        out.append(af.lm_call([{"role": "user", "content": f"{topic} {p}"}], model="m"))
    return out
