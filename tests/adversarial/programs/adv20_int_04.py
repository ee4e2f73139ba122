"""print() of a huge int inside try after a failing call in a loop."""


import autoform as af

CAUSE = "print of a huge int inside try after a"
ARGS = ("owls", "cats")
FAIL = ['owls']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    out = []
    for t in [a, b]:
        try:
            out.append(ask(t))
        except RuntimeError:
            try:
                print(2 ** 20000)
            except ValueError as e:
                print("too long", e)
    return out
