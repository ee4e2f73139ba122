"""An assert whose message comes from a helper that asks the model and prints."""

import autoform as af

CAUSE = 6
ARGS = (["a", "b"],)


def explain(items):
    print("explaining")
    return af.lm_call([{"role": "user", "content": "why " + repr(items)}], model="m")


def main(items: list):
    first = af.lm_call([{"role": "user", "content": items[0]}], model="m")
    assert len(items) == 2, explain(items)
    return first
