"""A fanned-out loop of sync primitives setting VAR; the last item sets what main set before."""

import contextvars

import autoform as af

CAUSE = "carry skips a value identical to the base value"
ARGS = (["owls", "cats", "owls"],)

VAR = contextvars.ContextVar("adv22a_identity_83", default="unset")


@af.primitive
def mark(x):
    VAR.set(x)
    return x


def main(xs):
    VAR.set(xs[0])
    out = []
    for x in xs:
        out.append(mark(x))
    return out, VAR.get()
