"""open() file held across a loop of calls, written per item."""

import os
import tempfile

import autoform as af

CAUSE = "file held across loop"
ARGS = (["owls", "cats", "dogs"],)

P = os.path.join(tempfile.gettempdir(), "adv21_ref_09.txt")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    f = open(P, "w")
    for t in items:
        f.write(ask(t) + "\n")
    f.close()
    with open(P) as g:
        return g.read()
