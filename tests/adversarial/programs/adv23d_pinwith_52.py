"""A pinned helper inside a with block whose __exit__ prints and swallows."""
import logging

import autoform as af

CAUSE = "pinned helper inside with"
ARGS = ("owls", "cats", "n")
FAIL = ["cats"]

class Quiet:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True

    def __repr__(self):
        return "Quiet()"

def pinned(t, n):
    logging.warning("got %d", n)
    print("pinned", t)
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b, n):
    x = "unset"
    with Quiet():
        x = af.lm_call([{"role": "user", "content": a}], model="m")
        x = pinned(b, n)
        x = af.lm_call([{"role": "user", "content": "after"}], model="m")
    return x
