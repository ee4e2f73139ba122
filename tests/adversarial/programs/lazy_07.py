"""`a == b == ask(...)` with a != b: the call is never made."""

import autoform as af

CAUSE = 6
ARGS = ("x", "y")


def main(a: str, b: str):
    same = a == b == af.lm_call([{"role": "user", "content": "third"}], model="m")
    return [same, af.lm_call([{"role": "user", "content": a}], model="m")]
