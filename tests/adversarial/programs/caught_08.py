"""A helper called in a comprehension inside try; the helper's second call never happens."""

import autoform as af

CAUSE = 11
ARGS = (["a", "b-bad"],)
FAIL = {"bad"}


def twice(x):
    first = af.lm_call([{"role": "user", "content": x}], model="m")
    return af.lm_call([{"role": "user", "content": "again " + first}], model="m")


def main(items: list):
    try:
        return [twice(x) for x in items]
    except RuntimeError:
        return "partial"
