"""A log call's arguments do not fit its format (%d of a str): logging prints a 'Logging
error' report with the call stack to stderr and carries on."""

import logging

import autoform as af

CAUSE = "logging error call stack"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("reply length %d", r)
        out.append(r)
    return out
