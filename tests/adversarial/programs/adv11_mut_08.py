"""The argument list is also a module global; a helper appends to the global when a reply
mentions owls, so the loop sees one more item."""

import autoform as af

CAUSE = "mutation"
TOPICS = ["owls", "cats"]
ARGS = (TOPICS,)


def remember(r):
    if "owls" in r and len(TOPICS) < 3:
        TOPICS.append("baby owls")


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        remember(r)
        out.append(r)
    return out
