"""A pinned helper in a finally after a failing call."""
import logging

import autoform as af

CAUSE = "pinned helper in finally"
ARGS = ("owls", "cats", "n")
FAIL = ["owls"]

def pinned(t, n):
    print("pinned", t)
    logging.warning("pinned %d", n)
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b, n):
    try:
        x = af.lm_call([{"role": "user", "content": a}], model="m")
    finally:
        y = pinned(b, n)
        print("finally got", y)
    return x
