"""A cleaning helper calls .strip().lower() on what it is given: a user object whose strip()
prints, after an independent call that fails."""

import autoform as af

CAUSE = 7
FAIL = {"boom"}


class Raw:
    def strip(self):
        print("strip")
        return "RAW"


ARGS = (Raw(),)


def clean(s):
    return s.strip().lower()


def main(topic):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": clean(topic)}], model="m")
    return [a, b]
