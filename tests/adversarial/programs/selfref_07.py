"""A helper parameter named `_af`, the generated code's runtime alias."""

import autoform as af

CAUSE = 14
ARGS = ("t",)


def ask(q, _af="!"):
    return af.lm_call([{"role": "user", "content": q + _af}], model="m")


def main(topic: str):
    _af = "?"
    return [ask(topic), ask(topic, _af=_af)]
