"""A bad record (%d with an LM reply) only for later items of a loop."""

import logging

import autoform as af

CAUSE = "bad record later items"
ARGS = ([1, "cats", 3],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": str(t)}], model="m")
        logging.warning("n=%d", t)
        out.append(r)
    return out
