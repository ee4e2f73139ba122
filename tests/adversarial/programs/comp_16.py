"""A list comprehension nested in a call, after an argument evaluated first that changes
what the items' prompts read: the list may not run before it."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b"],)
LOG = []


def mark(x):
    LOG.append(x)
    return x


def main(items: list):
    return dict(
        first=mark("start"),
        replies=[
            af.lm_call([{"role": "user", "content": f"{x} {len(LOG)}"}], model="m") for x in items
        ],
    )
