"""A helper reads a module constant that a helper-level setattr on the module changes."""

import sys

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)
TONE = "calm"


def ask(q):
    return af.lm_call([{"role": "user", "content": TONE + " " + q}], model="m")


def set_tone(tone):
    setattr(sys.modules[__name__], "TONE", tone)  # noqa: B010


def main(topic: str):
    a = ask(topic)
    set_tone("angry")
    b = ask(topic)
    return [a, b]
