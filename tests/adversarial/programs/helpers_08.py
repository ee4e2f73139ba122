"""A helper mutates a dict argument (adds the reply) that the caller then sends."""

import autoform as af

CAUSE = "helpers"
ARGS = ("owl",)


def fill(slot, q):
    slot["content"] = af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    msg = {"role": "user", "content": "empty"}
    early = af.lm_call([msg], model="m")
    fill(msg, topic)
    late = af.lm_call([msg], model="m")
    return [early, late]
