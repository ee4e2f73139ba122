"""Prompts are looked up in a template table; the first topic's call fails at the LM, and a
later topic has no template (KeyError): the sequential run raises the LM failure."""

import autoform as af

CAUSE = "later lookup error vs earlier LM failure"
ARGS = (["owls", "cats", "emus"],)
FAIL = ["owls"]
PROMPTS = {"owls": "Tell me about owls", "cats": "Tell me about cats"}


def main(items: list):
    out = []
    for t in items:
        out.append(af.lm_call([{"role": "user", "content": PROMPTS[t]}], model="m"))
    return out
