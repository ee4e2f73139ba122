"""A shared iterator of few-shot examples: each item takes next(it) inside the body; the
iterator runs out and StopIteration is defaulted."""

import autoform as af

CAUSE = "shared iterator next"
ARGS = (["owls", "cats", "dogs", "bees"], ["ex1", "ex2", "ex3"])


def main(items: list, examples: list):
    it = iter(examples)
    out = []
    for t in items:
        ex = next(it, "none")
        out.append(af.lm_call([{"role": "user", "content": f"{ex}: {t}"}], model="m"))
    return out, list(it)
