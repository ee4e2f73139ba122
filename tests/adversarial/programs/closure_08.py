"""A lambda with an LM call as its default value (evaluated once, where defined)."""

import autoform as af

CAUSE = "lambda-default"
ARGS = ("kite",)


def main(topic: str):
    f = lambda x, pre=af.lm_call([{"role": "user", "content": "prefix"}], model="m"): pre + x  # noqa: E731, B008
    return [f(topic), f(topic + "!")]
