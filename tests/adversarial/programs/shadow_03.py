"""A module-level `print` that records shadows the builtin."""

import autoform as af

CAUSE = "shadowing"
ARGS = ("owl",)
LOG = []


def print(*args):
    LOG.append(" ".join(map(str, args)))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("got", a)
    b = af.lm_call([{"role": "user", "content": a}], model="m")
    print("got", b)
    return b
