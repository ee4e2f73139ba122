"""Reply wrapped in an object whose __del__ prints, in a list comprehension only used for length."""

import autoform as af

CAUSE = "__del__ of comprehension temps"
ARGS = (["owls", "cats"],)


class Box:
    def __init__(self, r):
        self.r = r

    def __del__(self):
        print("drop", self.r)


def main(items: list):
    n = len([Box(af.lm_call([{"role": "user", "content": t}], model="m")) for t in items])
    print("n", n)
    return n
