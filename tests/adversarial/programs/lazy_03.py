"""`x or ask(...)` with a truthy x: no call."""

import autoform as af

CAUSE = 6
ARGS = ("given",)


def main(hint: str):
    first = af.lm_call([{"role": "user", "content": "intro"}], model="m")
    extra = hint or af.lm_call([{"role": "user", "content": "invent a hint"}], model="m")
    return first + extra
