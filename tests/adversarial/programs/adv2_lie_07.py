"""A str subclass's upper() prints; topic.upper() in a call after an independent call that
fails."""

import autoform as af

CAUSE = 7


class Loud(str):
    def upper(self):
        print("upper")
        return str.upper(self)


ARGS = (Loud("owls"),)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": topic.upper()}], model="m")
    return [a, b]
