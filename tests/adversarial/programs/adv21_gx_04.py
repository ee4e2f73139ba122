"""genexp iterable raises midway, outside try (fan out as list comp)."""

import autoform as af

CAUSE = "genexp iterable raises midway no try"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def gen(items):
    for i, t in enumerate(items):
        if i == 2:
            raise ValueError("boom at " + t)
        print("yield", t)
        yield t


def main(items):
    out = ",".join(ask(t) for t in gen(items))
    return out
