"""zip(strict=True) raises only after the pairs before the mismatch were asked."""

import autoform as af

CAUSE = "iterable raising mid-iteration materialized early"
ARGS = (["owls", "cats", "dogs"], ["a", "b"])
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items, tags):
    return [ask(x + t) for x, t in zip(items, tags, strict=True)]
