"""Augmented assignment of a reply onto a growing transcript."""

import autoform as af

CAUSE = "syntax"
ARGS = ("owl",)


def main(topic: str):
    text = topic
    text += af.lm_call([{"role": "user", "content": text}], model="m")
    text += af.lm_call([{"role": "user", "content": text}], model="m")
    other = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    return [text, other]
