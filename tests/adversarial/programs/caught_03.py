"""`finally: return` swallows the failure of a helper that made two calls."""

import autoform as af

CAUSE = 11
ARGS = ("q",)
FAIL = {"alpha"}


def pair(q):
    a = af.lm_call([{"role": "user", "content": "alpha " + q}], model="m")
    b = af.lm_call([{"role": "user", "content": "beta " + q}], model="m")
    return a + b


def main(q: str):
    r = "default"
    try:
        r = pair(q)
    finally:
        return r  # noqa: B012
