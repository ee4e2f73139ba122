"""zip with the lazy map first: zip pulls one extra ask before it sees the labels end."""

import autoform as af

CAUSE = "lazy"
ARGS = (["owls", "cats", "dogs", "bees"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    return list(zip(map(ask, topics), ["a", "b"]))
