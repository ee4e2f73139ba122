"""Two independent calls; the first reply is split on an empty separator between them (a
ValueError), caught around both."""

import autoform as af

CAUSE = "str.split empty separator between calls"
ARGS = ("owls", "cats", "")


def main(a: str, b: str, sep: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        parts = ra.split(sep)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return parts, rb
    except ValueError as e:
        return f"error: {e}"
