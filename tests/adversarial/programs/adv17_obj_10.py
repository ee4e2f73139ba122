"""Replies inserted at the front of the list (out.insert(0, r)) and via out += [r]."""

import autoform as af

CAUSE = "insert at front"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    front = []
    back = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        front.insert(0, r)
        back += [r[-4:]]
    return front, back
