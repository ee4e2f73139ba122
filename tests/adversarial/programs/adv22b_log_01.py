"""A bad log record (no fields, one arg) in a fanned-out loop after the call."""

import logging

import autoform as af

CAUSE = "bad record after call in loop"
ARGS = (["owls", "cats", "emus"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got", r)
        out.append(r)
    return out
