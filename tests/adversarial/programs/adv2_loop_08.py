"""A loop over a list that appends to it while iterating (bounded): the new items are asked
too."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b"],)


def main(items: list[str]):
    queue = list(items)
    out = []
    for x in queue:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        out.append(r)
        if len(queue) < 4:
            queue.append(x + "+")
    return out
