"""A formatter with a field no record has (%(nosuch)s); good records logged in a fanned-out loop."""

import logging

import autoform as af

CAUSE = "formatter fails on held record"
ARGS = (["owls", "cats"],)


def main(items):
    logging.basicConfig(format="%(nosuch)s %(message)s", force=True)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %s", r)
        out.append(r)
    return out
