"""The loop adds a follow-up topic to the very list it iterates when a reply mentions owls."""

import autoform as af

CAUSE = "mutation"
ARGS = (["owls", "cats"],)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "owls" in r and len(topics) < 4:
            topics.append("more " + t)
        out.append(r)
    return out, topics
