"""Generator helper yields two topics then raises; calls for the yielded ones are made first."""

import autoform as af

CAUSE = "generator raising after yields"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def topics(items):
    for i, x in enumerate(items):
        if i == 2:
            raise ValueError("too many")
        yield x


def main(items):
    return [ask(x) for x in topics(items)]
