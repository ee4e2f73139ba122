"""A list of wrappers built by a comprehension is dropped (name set to None) mid-function;
each wrapper prints when freed."""

import autoform as af

CAUSE = "__del__ comprehension list kept alive"
ARGS = (["owls", "cats"],)


class Box:
    def __init__(self, r):
        self.r = r

    def __del__(self):
        print("drop", self.r)


def main(items: list):
    bs = [Box(af.lm_call([{"role": "user", "content": t}], model="m")) for t in items]
    print("built", len(bs))
    bs = None
    print("after")
    return "ok"
