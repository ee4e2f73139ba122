"""A validator warns (UserWarning) on replies it finds short; the warnings come item by
item."""

import warnings

import autoform as af

CAUSE = "warnings order"
ARGS = (["ox", "cats", "hippopotamus", "bee"],)


def check(t, r):
    if len(r) < 10:
        warnings.warn(f"short reply for {t}", UserWarning, stacklevel=2)
    return r


def main(items: list):
    return [check(t, af.lm_call([{"role": "user", "content": t}], model="m")) for t in items]
