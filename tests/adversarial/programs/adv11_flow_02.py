"""A finder returns from inside its loop at the first reply that mentions 'cats'."""

import autoform as af

CAUSE = "flow"
ARGS = (["owls", "cats", "dogs", "bees"],)
LOG = []


def find(topics):
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        LOG.append("checked " + t)
        if "cats" in r:
            return r
    return None


def main(topics: list):
    return find(topics)
