"""setattr with the attribute's name built at run time replaces a helper's `__code__`."""

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)
ATTR = "__" + "code" + "__"


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def shout(q):
    return q.upper()


def main(topic: str):
    a = ask(topic)
    old = ask.__code__
    setattr(ask, ATTR, shout.__code__)
    b = ask(a[:8])
    setattr(ask, ATTR, old)
    return [a, b]
