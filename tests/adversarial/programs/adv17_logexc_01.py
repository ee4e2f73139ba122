"""A failing item's call is reported with logging.exception (the traceback goes to stderr
through the last-resort handler); later items go on."""

import logging

import autoform as af

CAUSE = "logging.exception traceback"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def main(items: list):
    out = []
    for t in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError:
            logging.exception("item %s failed", t)
            out.append(None)
    return out
