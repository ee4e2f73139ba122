"""A `with` block around a call, with a lock-like object counting enters."""

import autoform as af

CAUSE = "blocks"
ARGS = ()
LOG = []


class Gate:
    def __enter__(self):
        LOG.append("open")
        return self

    def __exit__(self, *exc):
        LOG.append("close")
        return False


def main():
    g = Gate()
    a = af.lm_call([{"role": "user", "content": "outside"}], model="m")
    with g:
        b = af.lm_call([{"role": "user", "content": a}], model="m")
    with g:
        c = af.lm_call([{"role": "user", "content": "second"}], model="m")
    return [b, c]
