"""min() with a default over a generator, followed by zip over two generators of replies
of different lengths."""

import autoform as af

CAUSE = "zip two generators"
ARGS = (["owls", "cats", "dogs"], ["emus"])


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: list, b: list):
    return list(zip((ask(t) for t in a), (ask(t) for t in b)))
