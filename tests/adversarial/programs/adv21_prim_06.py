"""Primitive raising KeyboardInterrupt, caught by BaseException handler."""

import autoform as af

CAUSE = "KeyboardInterrupt in primitive"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def stop(x):
    LOG.append(x)
    raise KeyboardInterrupt(x)


def main(a, b):
    ra = ask(a)
    try:
        stop(ra)
    except BaseException as e:
        LOG.append(type(e).__name__)
    rb = ask(b)
    return ra, rb
