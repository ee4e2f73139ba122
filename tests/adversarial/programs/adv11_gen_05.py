"""A generator that asks the LM inside itself (a lazy pipeline); the consumer stops after two
items with a reply containing 'cats'."""

import autoform as af

CAUSE = "generator"
ARGS = (["owls", "cats", "dogs", "bees"],)
LOG = []


def replies(topics):
    for t in topics:
        LOG.append("asking " + t)
        yield af.lm_call([{"role": "user", "content": t}], model="m")


def main(topics: list):
    out = []
    for r in replies(topics):
        out.append(r)
        if "cats" in r:
            break
    return out
