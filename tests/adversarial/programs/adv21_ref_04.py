"""Log mismatch through a logger stored in a dict."""

import logging

import autoform as af

CAUSE = "log args mismatch indirect"
ARGS = (["owls", "cats"],)

LOGGERS = {"w": logging.warning}


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        LOGGERS["w"]("got %d", r)
        out.append(r)
    return out
