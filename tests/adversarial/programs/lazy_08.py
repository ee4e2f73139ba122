"""`dict.get(k, ask(...))`: the default is evaluated eagerly, so the call IS made."""

import autoform as af

CAUSE = 6
ARGS = ({"k": "present"},)


def main(table):
    v = table.get("k", af.lm_call([{"role": "user", "content": "default"}], model="m"))
    return v
