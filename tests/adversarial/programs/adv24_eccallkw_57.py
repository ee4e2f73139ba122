"""A __call__ helper called with keyword arguments and a failing check on a keyword."""

import logging

import autoform as af

CAUSE = "entry check fails in a callable object called with keywords"
ARGS = ("owls", "cats", "x")


class Noter:
    def __call__(self, *, t: str, n: int = 0):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r


def main(a, b, n):
    noted = Noter()
    return noted(t=a, n=n), noted(t=b), noted(t=a + b, n=n)
