"""A helper with a fanned-out loop logs a bad record (runtime str for %d); main calls the helper."""

import logging

import autoform as af

CAUSE = "bad record in loop inside helper"
ARGS = ([1, "cats"],)


def ask_all(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": str(t)}], model="m")
        logging.warning("n=%d", t)
        out.append(r)
    return out


def main(items):
    return ask_all(items)
