"""A helper whose return annotation says str returns a user object; an f-string of it in a
call after an independent failing call."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Topic:
    def __format__(self, spec):
        print("format")
        return "topic"


CURRENT = Topic()


def current() -> str:
    return CURRENT


def main():
    t = current()
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"about {t}"}], model="m")
    return [a, b]
