"""Slice assignment and `del` on a list between calls that read it."""

import autoform as af

CAUSE = "syntax"
ARGS = ("owl",)


def main(topic: str):
    parts = ["p0", "p1", "p2"]
    a = af.lm_call([{"role": "user", "content": " ".join(parts)}], model="m")
    parts[1:2] = [a]
    b = af.lm_call([{"role": "user", "content": " ".join(parts)}], model="m")
    del parts[0]
    c = af.lm_call([{"role": "user", "content": " ".join(parts)}], model="m")
    return [a, b, c, parts]
