"""%(pathname)s/%(filename)s/%(module)s of a record from a nested def in a loop."""

import logging
import sys

import autoform as af

CAUSE = "record from nested def"
ARGS = (["owls", "cats"],)


def main(items):
    logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(filename)s:%(message)s", force=True)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")

        def say(x):
            logging.warning("say %s", x)

        say(r)
        out.append(r)
    return out
