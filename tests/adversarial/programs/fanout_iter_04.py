"""A comprehension over a generator that raises after two items; item 0's call fails."""

import autoform as af

CAUSE = 8
ARGS = ()
FAIL = {"first"}


def source():
    yield "first"
    yield "second"
    raise ConnectionError("feed broke")


def main():
    return [af.lm_call([{"role": "user", "content": s}], model="m") for s in source()]
