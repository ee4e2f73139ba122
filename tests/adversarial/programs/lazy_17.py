"""A comprehension with a printing filter: the call for filtered-out items is not made."""

import autoform as af

CAUSE = 6
ARGS = (["keep", "skip", "keep too"],)


def wanted(x):
    print("checking", x)
    return x.startswith("keep")


def main(items: list):
    return [af.lm_call([{"role": "user", "content": x}], model="m") for x in items if wanted(x)]
