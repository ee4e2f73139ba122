"""A pinned helper writes module state read by a later ask."""
import logging

import autoform as af

CAUSE = "pinned helper writes module state"
ARGS = ("owls", "cats", "n")
STATE = {"k": "init"}

def pinned(t, n):
    logging.warning("pinned %d", n)
    STATE["k"] = t
    return "ok"

def ask(t):
    return af.lm_call([{"role": "user", "content": t + STATE["k"]}], model="m")

def main(a, b, n):
    x = ask(a)
    pinned(b, n)
    y = ask(a)
    return x, y, dict(STATE)
