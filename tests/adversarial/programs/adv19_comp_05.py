"""A list of wrappers built by a comprehension is joined; the wrappers print on drop."""

import autoform as af

CAUSE = "__del__ of joined comprehension"
ARGS = (["owls", "cats"],)


class Box:
    def __init__(self, r):
        self.r = r

    def __str__(self):
        return self.r

    def __del__(self):
        print("drop", self.r)


def main(items: list):
    s = " | ".join(
        [str(Box(af.lm_call([{"role": "user", "content": t}], model="m"))) for t in items]
    )
    print("joined")
    return s
