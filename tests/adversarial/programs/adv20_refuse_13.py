"""Module-level open file held (a logger file handler is common); a loop of calls."""


import autoform as af

CAUSE = "Module-level open file held a logger fi"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import os
import tempfile

LOGF = open(os.path.join(tempfile.gettempdir(), "adv20_refuse_13.txt"), "w")


def main(items):
    out = []
    for t in items:
        out.append(ask(t))
    return out
