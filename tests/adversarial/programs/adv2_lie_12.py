"""A local annotated str (x: str = obj) is formatted in a call after an independent failing
call."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Topic:
    def __format__(self, spec):
        print("format")
        return "topic"


def main():
    t: str = Topic()
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"about {t}"}], model="m")
    return [a, b]
