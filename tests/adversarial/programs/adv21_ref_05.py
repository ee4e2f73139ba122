"""Log mismatch via helper with *args forwarding."""

import logging

import autoform as af

CAUSE = "log args mismatch helper"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def warn(msg, *args):
    logging.getLogger().warning(msg, *args)


def main(items):
    out = []
    for t in items:
        r = ask(t)
        warn("got %s %s", r)
        out.append(r)
    return out
