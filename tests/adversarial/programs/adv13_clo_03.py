"""A factory returns an asking function that closes over a list it appends to; the closure's
history goes into each prompt; used in a comprehension."""

import autoform as af

CAUSE = "factory closure history"
ARGS = (["owls", "cats", "dogs"],)


def make_asker(model):
    seen = []

    def ask(t):
        seen.append(t)
        return af.lm_call([{"role": "user", "content": f"{t} after {seen[:-1]}"}], model=model)

    return ask


def main(items: list):
    ask = make_asker("m")
    return [ask(t) for t in items]
