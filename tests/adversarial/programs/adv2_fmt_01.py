"""An object whose __format__ prints, formatted by a helper into a later call's prompt;
an earlier independent call fails."""

import autoform as af

CAUSE = 7
ARGS = ("owls",)
FAIL = {"boom"}


class Topic:
    def __format__(self, spec):
        print("formatting")
        return "topic"


def wrap(o):
    return f"[{o}]"


def main(topic: str):
    t = Topic()
    a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": wrap(t)}], model="m")
    return [a, b]
