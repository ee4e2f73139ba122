"""Body sorts the list it iterates over (by index) after each reply."""

import autoform as af

CAUSE = "body sorts loop list"
ARGS = (["dogs", "cats", "owls", "ants"],)


def main(items: list):
    out = []
    for i in range(len(items)):
        r = af.lm_call([{"role": "user", "content": items[i]}], model="m")
        out.append(r)
        items.sort()
    return out
