"""sys.stdout.write and print interleaved with calls; an object's __repr__ prints when the
list holding it is printed."""

import sys

import autoform as af

CAUSE = "output"
ARGS = ("owls",)


class Loud:
    def __repr__(self):
        print("(repr)")
        return "Loud()"


def main(topic: str):
    sys.stdout.write("begin\n")
    a = af.lm_call([{"role": "user", "content": "a " + topic}], model="m")
    print([Loud(), a])
    b = af.lm_call([{"role": "user", "content": "b " + topic}], model="m")
    sys.stdout.write("end " + b + "\n")
    return [a, b]
