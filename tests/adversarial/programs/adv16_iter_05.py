"""A list iterator over the items themselves: the loop walks items and pulls a 'peek' of
the next one from a second iterator over the same list, which is also consumed after."""

import autoform as af

CAUSE = "peek iterator"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(items: list):
    ahead = iter(items[1:])
    out = []
    for t in items:
        nxt = next(ahead, "end")
        out.append(af.lm_call([{"role": "user", "content": f"{t} then {nxt}"}], model="m"))
    return out, list(ahead)
