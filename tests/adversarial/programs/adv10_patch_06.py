"""A callable object's class gets a new `__call__` through type(obj).__dict__ (copied into a
new class with type()) and __class__ assignment."""

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


class Asker:
    def __call__(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


class Echo:
    def __call__(self, q):
        return "echo " + q[:5]


def main(topic: str):
    asker = Asker()
    a = asker(topic)
    asker.__class__ = Echo
    b = asker(a[:8])
    asker.__class__ = Asker
    c = asker(topic + "s")
    return [a, b, c]
