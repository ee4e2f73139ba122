"""A generator argument that prints as it yields."""

import autoform as af

CAUSE = "printing generator argument"


def _gen():
    for t in ["owls", "cats"]:
        print("yield", t)
        yield t


ARGS = (_gen(),)


def main(items):
    return [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
