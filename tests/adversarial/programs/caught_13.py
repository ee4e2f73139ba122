"""A helper parses its first reply (ValueError) before an independent second call; caught."""

import autoform as af

CAUSE = 11
ARGS = ("count",)


def parse_then_ask(q):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    n = int(a)
    b = af.lm_call([{"role": "user", "content": "second"}], model="m")
    return n, b


def main(q: str):
    try:
        return parse_then_ask(q)
    except ValueError:
        return "not a number"
