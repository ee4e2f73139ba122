"""A pinned helper in a conditional expression and in and/or."""
import logging

import autoform as af

CAUSE = "pinned helper in conditional expression"
ARGS = ("owls", "", "n")

def pinned(t, n):
    print("pinned", repr(t))
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    return r if t else ""

def main(a, b, n):
    x = pinned(a, n) if b else af.lm_call([{"role": "user", "content": "else"}], model="m")
    y = pinned(b, n) or pinned(a + "2", n)
    z = pinned(b, n) and pinned(a + "3", n)
    return x, y, z
