"""Nested fanned-out loops; a record with %d of an inner item that is a str for one pair."""

import logging

import autoform as af

CAUSE = "bad record nested loops runtime"
ARGS = (["a", "b"], [1, "y"])


def main(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            r = af.lm_call([{"role": "user", "content": x + str(y)}], model="m")
            logging.warning("y=%d", y)
            out.append(r)
    return out
