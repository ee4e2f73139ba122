"""Generator expression passed to sum(); the objects it makes print when dropped."""

import autoform as af

CAUSE = "__del__ of genexp temps"
ARGS = (["owls", "cats"],)


class Box:
    def __init__(self, r):
        self.r = r

    def __del__(self):
        print("drop", self.r)


def main(items: list):
    n = sum(len(Box(af.lm_call([{"role": "user", "content": t}], model="m")).r) for t in items)
    print("n", n)
    return n
