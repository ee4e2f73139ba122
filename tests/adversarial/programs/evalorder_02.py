"""An augmented assignment on an attribute of None: AttributeError before the call."""

import autoform as af

CAUSE = 5
ARGS = (None,)
FAIL = {"boom"}


def main(holder):
    holder.text += af.lm_call([{"role": "user", "content": "boom"}], model="m")
    return holder
