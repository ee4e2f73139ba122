"""A global name is bound by a walrus in a comprehension under `global`."""

import autoform as af

CAUSE = "walrus global in comprehension"
ARGS = (["owls", "cats"],)
LAST = None


def main(items: list):
    global LAST
    rs = [(LAST := af.lm_call([{"role": "user", "content": t}], model="m")) for t in items]
    return rs
