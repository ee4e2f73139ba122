"""find with a str start position (TypeError) between two independent calls."""

import autoform as af

CAUSE = "str.find str start"
ARGS = ("owls", "cats", "1")


def main(a: str, b: str, start: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        pos = ra.find(":", start)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return pos, rb
    except TypeError as e:
        return f"error: {e}"
