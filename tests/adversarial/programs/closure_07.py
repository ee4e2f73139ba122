"""A default argument captures a value at definition time; the name is rebound later."""

import autoform as af

CAUSE = "closure"
ARGS = ("swan",)


def main(topic: str):
    tag = "v1"

    def label(x, tag=tag):
        return tag + ":" + x

    tag = "v2"
    a = af.lm_call([{"role": "user", "content": label(topic)}], model="m")
    return [a, tag]
