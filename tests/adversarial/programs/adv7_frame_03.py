"""A helper logs the names of its caller's locals (a debugging aid)."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def checkpoint(label):
    LOG.append((label, sorted(k for k in sys._getframe(1).f_locals if not k.startswith("_"))))


def main(topic: str):
    draft = ask(topic)
    checkpoint("draft")
    review = ask("review " + draft)
    checkpoint("review")
    return [draft, review]
