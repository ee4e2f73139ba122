"""A generator expression whose item raises StopIteration: in a generator expression it
becomes a RuntimeError (PEP 479), which a list comprehension would not do."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b"],)


def main(items: list):
    it = iter([])
    try:
        return list(
            af.lm_call([{"role": "user", "content": x + next(it)}], model="m") for x in items
        )
    except RuntimeError as err:
        return "runtime: " + str(err)
