"""The function reads its own __name__ and __doc__."""

import autoform as af

CAUSE = 14
ARGS = ("x",)


def main(topic: str):
    """Ask once."""
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, main.__name__, main.__doc__]
