"""sorted() with a key that logs, applied to the replies gathered in a comprehension, then
a second round of calls in the sorted order."""

import autoform as af

CAUSE = "sorted key logs"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def weight(r):
    LOG.append(f"weigh {r[-6:]}")
    return (len(r), r)


def main(items: list):
    first = [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
    ranked = sorted(first, key=weight)
    return [af.lm_call([{"role": "user", "content": "again " + r}], model="m") for r in ranked]
