"""A primitive is rebound through globals() to a plain function that prints."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


@af.primitive
def lookup(q: str) -> str:
    return "db:" + q


def noisy_lookup(q):
    print("looking up", q)
    return "noisy:" + q


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    globals()["lookup"] = noisy_lookup
    x = lookup(a)
    print("looked up")
    y = lookup(topic)
    return [x, y]
