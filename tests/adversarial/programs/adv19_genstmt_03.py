"""assert of all() over a generator expression of replies."""

import autoform as af

CAUSE = "genexp in assert"
ARGS = (["owls", "cats"],)


def main(items: list):
    assert all(af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
    return "ok"
