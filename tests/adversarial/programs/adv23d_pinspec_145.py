"""A pinned helper returns whether to continue; a later ask in an if depends on it."""
import logging

import autoform as af

CAUSE = "pinned helper guarding a later ask"
ARGS = ("owls", "cats", "n")

def pinned(t, n):
    logging.warning("got %d", n)
    return t == "owls"

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b, n):
    x = ask(a)
    if pinned(b, n):
        return x, ask("never")
    return x, ask("else")
