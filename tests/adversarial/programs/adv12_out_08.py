"""The root logger's stream is pointed at stdout by basicConfig(force=True) through a
partial; the loop logs."""

import functools
import logging
import sys

import autoform as af

CAUSE = "output basicConfig partial"
ARGS = (["owls", "cats", "dogs"],)
setup = functools.partial(logging.basicConfig, level=logging.INFO, force=True)


def main(topics: list):
    setup(stream=sys.stdout, format="%(message)s")
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.info("got %s", r)
        out.append(r)
    logging.root.handlers.clear()
    return out
