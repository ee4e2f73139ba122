"""The frame's locals are read through a name bound to sys._getframe at module level."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "cats"],)
LOG = []
peek = sys._getframe


def note():
    LOG.append(sorted(k for k in peek(1).f_locals if not k.startswith(".")))


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        note()
        out.append(r)
    return out
