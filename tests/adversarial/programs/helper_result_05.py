"""A helper returns its mutable default: shared between calls of the helper."""

import autoform as af

CAUSE = 2
ARGS = ("lakes",)


def bucket(b=[]):  # noqa: B006
    return b


def main(topic: str):
    first = bucket()
    first.append(af.lm_call([{"role": "user", "content": topic}], model="m"))
    second = bucket()
    second.append(af.lm_call([{"role": "user", "content": topic + "?"}], model="m"))
    return af.lm_call([{"role": "user", "content": repr(first)}], model="m")
