"""The frame's own local variables through sys._getframe()."""

import sys

import autoform as af

CAUSE = 12
ARGS = ("cloud",)


def main(topic: str):
    reply = af.lm_call([{"role": "user", "content": topic}], model="m")
    reply = reply * 2
    names = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
    return names
