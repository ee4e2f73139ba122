"""A dict comprehension over a generator that raises after one item, whose call fails."""

import autoform as af

CAUSE = 8
ARGS = ()
FAIL = {"k0"}


def keys():
    yield "k0"
    raise BufferError("keys ran out badly")


def main():
    return {k: af.lm_call([{"role": "user", "content": k}], model="m") for k in keys()}
