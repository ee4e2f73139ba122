"""zip with the generator first and a shorter list second: the generator is advanced one
time more than the list has items (that request is made, its reply dropped)."""

import autoform as af

CAUSE = "zip advances generator once more"
ARGS = (["a"], ["owls", "cats", "dogs"])


def main(keys: list, items: list):
    return dict(zip((af.lm_call([{"role": "user", "content": t}], model="m") for t in items), keys))
