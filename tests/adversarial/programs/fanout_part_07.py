"""A loop over a list that the loop's own helper extends (an effect: the loop sees new items)."""

import autoform as af

CAUSE = 3
ARGS = (["seed"],)


def ask_and_grow(q, queue):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    if len(queue) < 3:
        queue.append(q + "+")
    return r


def main(queue: list):
    out = []
    for q in queue:
        out.append(ask_and_grow(q, queue))
    return out
