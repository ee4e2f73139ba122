"""Log call with too many args for its message, in a loop: printed logging error."""

import logging

import autoform as af

CAUSE = "log args mismatch loop"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        logging.warning("got", r)
        out.append(r)
    return out
