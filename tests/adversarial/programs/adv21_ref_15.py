"""Log message with a mapping field but a str arg, in loop."""

import logging

import autoform as af

CAUSE = "log args mismatch mapping"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %(r)s", r)
        out.append(r)
    return out
