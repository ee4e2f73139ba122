"""A message indexed out of a local list (may raise) that main then reverses in place
before the call that uses the message."""

import autoform as af

CAUSE = "rerun step - local list mutated after"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": items[0]}], model="m")
    picks = [a, items[1], items[2]]
    msg = picks[len(a) % 3]
    picks.reverse()
    b = af.lm_call([{"role": "user", "content": msg}], model="m")
    return b, picks
