"""Inline try: the first call fails, the second in the same try body must not be made."""

import autoform as af

CAUSE = 11
ARGS = ("z",)
FAIL = {"risky"}


def main(t: str):
    try:
        a = af.lm_call([{"role": "user", "content": "risky " + t}], model="m")
        b = af.lm_call([{"role": "user", "content": "safe " + t}], model="m")
        return a + b
    except RuntimeError:
        return "recovered"
