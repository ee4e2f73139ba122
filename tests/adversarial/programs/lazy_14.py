"""A conditional expression whose condition is an LM reply; the other branch is not asked."""

import autoform as af

CAUSE = 6
ARGS = ("topic",)


def main(t: str):
    verdict = af.lm_call([{"role": "user", "content": "judge " + t}], model="m")
    nope = af.lm_call([{"role": "user", "content": "never asked"}], model="m")
    return (
        af.lm_call([{"role": "user", "content": "long " + t}], model="m")
        if verdict.startswith("<m:judge")
        else nope
    )
