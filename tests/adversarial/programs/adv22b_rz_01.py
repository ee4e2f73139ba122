"""logging.log with a str level (TypeError raised by logging) after an LM call in a fanned-out loop."""

import logging

import autoform as af

CAUSE = "log call raises str level"
ARGS = (["owls", "cats"], "WARNING")


def main(items, level):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.log(level, "got %s", r)
        out.append(r)
    return out
