"""A parameter annotated str is given a user object whose __str__ counts; f-strings of it in
two calls, the first of which fails."""

import autoform as af

CAUSE = 7


class Topic:
    def __init__(self):
        self.n = 0

    def __format__(self, spec):
        self.n += 1
        print("format", self.n)
        return "t" + str(self.n)


ARGS = (Topic(),)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": f"boom {topic}"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"second {topic}"}], model="m")
    return [a, b]
