"""Star-unpacking of a reply's words needs three: ValueError, after an independent failing
call."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    first, second, *rest = a.split()
    return [first, second, rest, b]
