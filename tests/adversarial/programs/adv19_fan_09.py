"""The collect list is the same object as the loop source."""

import autoform as af

CAUSE = "collect into loop source"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = items
    for t in list(items):
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return items
