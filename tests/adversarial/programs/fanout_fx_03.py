"""A key function that logs is passed to sorted() over replies gathered in a loop."""

import autoform as af

CAUSE = 3
ARGS = (["kiwi", "fig", "banana"],)
LOG = []


def by_length(s):
    LOG.append(s)
    return len(s)


def main(items: list):
    replies = []
    for it in items:
        replies.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return sorted(replies, key=by_length)
