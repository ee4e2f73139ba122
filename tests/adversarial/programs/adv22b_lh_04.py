"""%c of a too-large int in a fanned-out loop (OverflowError when formatting)."""

import logging

import autoform as af

CAUSE = "percent c overflow"
ARGS = ([65, 10**9],)


def main(items):
    out = []
    for n in items:
        r = af.lm_call([{"role": "user", "content": str(n)}], model="m")
        logging.warning("c=%c", n)
        out.append(r)
    return out
