"""A helper writes to a module list through an alias it keeps in a closure."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

SINK = []


def make_writer():
    target = SINK

    def write(x):
        target.append(x)
        return len(target)

    return write


write = make_writer()


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = write(q)
    return a + str(n)
