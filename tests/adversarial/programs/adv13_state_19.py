"""A map() object over a list built before the list is extended: consuming it later sees
the extension."""

import autoform as af

CAUSE = "lazy map over mutated list"
ARGS = (["owls", "cats"],)


def main(items: list):
    topics = list(items)
    upper = map(str.upper, topics)
    a = af.lm_call([{"role": "user", "content": topics[0]}], model="m")
    topics.append(a[-5:])
    b = af.lm_call([{"role": "user", "content": ",".join(upper)}], model="m")
    return a, b
