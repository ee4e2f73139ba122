"""extra= overwriting 'message' makes logging raise KeyError, after an LM call in a fanned-out loop."""

import logging

import autoform as af

CAUSE = "log call raises extra message"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %s", r, extra={"message": r})
        out.append(r)
    return out
