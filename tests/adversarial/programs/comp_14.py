"""`sum` of strs over a generator expression: `0 + str` fails at the first item."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b", "c"],)


def main(items: list):
    try:
        return sum(af.lm_call([{"role": "user", "content": x}], model="m") for x in items)
    except TypeError as err:
        return "no sum: " + str(err)
