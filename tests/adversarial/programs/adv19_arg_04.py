"""A dict argument: the loop walks its keys and reads values."""

import autoform as af

CAUSE = "dict argument"
ARGS = ({"owls": 1, "cats": 2},)


def main(d):
    return {k: af.lm_call([{"role": "user", "content": k * v}], model="m") for k, v in d.items()}
