"""An assert whose message asks the model: asked only when the assertion fails."""

import autoform as af

CAUSE = 6
ARGS = ("yes",)


def main(flag: str):
    a = af.lm_call([{"role": "user", "content": flag}], model="m")
    assert a, af.lm_call([{"role": "user", "content": "why empty?"}], model="m")
    return a
