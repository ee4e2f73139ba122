"""A helper logs (logging.warning to the root logger) after its call, and the main loop
catches a rejection per item and continues."""

import logging

import autoform as af

CAUSE = "helper logs then raises caught"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s", t)
    if "cats" in r:
        raise ValueError(f"rejected {t}")
    return r


def main(items: list):
    out = []
    for t in items:
        try:
            out.append(ask(t))
        except ValueError as e:
            print("skip:", e)
    return out
