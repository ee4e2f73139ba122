"""any() over a generator of asks stops at the first reply that mentions cats."""

import autoform as af

CAUSE = "lazy"
ARGS = (["owls", "cats", "dogs", "bees"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    found = any("cats" in ask(t) for t in topics)
    return found
