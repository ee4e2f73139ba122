"""Validate replies until the first bad one: the validation raises, the loop's try catches it
and returns what it has, so later items are never asked (a run that succeeds)."""

import autoform as af

CAUSE = "stop at first invalid"
ARGS = (["owls", "cats", "dogs", "bees"],)


def validate(r):
    if "cats" in r:
        raise ValueError(f"bad reply {r}")
    return r.upper()


def main(items: list):
    good = []
    try:
        for t in items:
            good.append(validate(af.lm_call([{"role": "user", "content": t}], model="m")))
    except ValueError as e:
        return good, str(e)
    return good, None
