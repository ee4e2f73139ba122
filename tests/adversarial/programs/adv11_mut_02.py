"""The loop removes the current topic from the list it iterates (skipping the next one)."""

import autoform as af

CAUSE = "mutation"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "o" in t:
            topics.remove(t)
        out.append(r)
    return out, topics
