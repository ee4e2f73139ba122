"""A newest-first feed: each reply is inserted at the front of a list."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    feed = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        feed.insert(0, r)
    return feed
