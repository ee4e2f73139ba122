"""A message dict inside the list is edited in place after the call that sent it."""

import autoform as af

CAUSE = "alias"
ARGS = ("terns",)


def main(topic: str):
    m = {"role": "user", "content": topic}
    first = af.lm_call([{"role": "user", "content": "intro"}], model="m")
    second = af.lm_call([m], model="m")
    m["content"] = first
    third = af.lm_call([m], model="m")
    return [second, third]
