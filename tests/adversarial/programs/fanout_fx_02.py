"""A helper numbers its replies with a global counter inside a comprehension."""

import autoform as af

CAUSE = 3
ARGS = (["x", "y", "z"],)
SEQ = 0


def numbered(q):
    global SEQ
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    SEQ += 1
    return f"{SEQ}:{r}"


def main(items: list):
    return [numbered(q) for q in items]
