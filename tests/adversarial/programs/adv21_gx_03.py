"""genexp whose iterable is a generator that raises midway, in try."""

import autoform as af

CAUSE = "genexp iterable raises midway"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def gen(items):
    for i, t in enumerate(items):
        if i == 2:
            raise ValueError("boom at " + t)
        yield t


def main(items):
    try:
        out = ",".join(ask(t) for t in gen(items))
    except ValueError as e:
        print("caught", e)
        out = None
    return out
