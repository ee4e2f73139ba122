"""Objects whose __format__ prints, formatted into independent prompts, with a print
between the calls."""

import autoform as af

CAUSE = "dunder"


class Name:
    def __init__(self, s):
        self.s = s

    def __format__(self, spec):
        print("formatting", self.s)
        return self.s


ARGS = (Name("owls"), Name("cats"))


def main(x, y):
    a = af.lm_call([{"role": "user", "content": f"{x}"}], model="m")
    print("between")
    b = af.lm_call([{"role": "user", "content": f"{y}"}], model="m")
    return [a, b]
