"""A later statement raises a KeyError from a dict lookup on a reply; an earlier loop
item fails at the LM; the handler reports which came first."""

import autoform as af

CAUSE = "which failure first"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs"]


def main(items: list):
    table = {"<m:owls>": 1}
    total = 0
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            total += table[r]
    except (KeyError, RuntimeError) as e:
        print(type(e).__name__, e)
    return total
