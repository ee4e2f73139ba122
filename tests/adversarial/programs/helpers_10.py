"""A helper that returns a closure over a reply; the closure is called later."""

import autoform as af

CAUSE = "helpers"
ARGS = ("owl",)


def make_asker(prefix):
    base = af.lm_call([{"role": "user", "content": prefix}], model="m")

    def shout(x):
        return base + x.upper()

    return shout


def main(topic: str):
    s = make_asker(topic)
    return [s("a"), s("b")]
