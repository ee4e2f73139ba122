"""zip with a shorter list first: the generator of replies is advanced only as many times
as the list has items."""

import autoform as af

CAUSE = "zip stops generator early"
ARGS = (["a"], ["owls", "cats", "dogs"])


def main(keys: list, items: list):
    return list(zip(keys, (af.lm_call([{"role": "user", "content": t}], model="m") for t in items)))
