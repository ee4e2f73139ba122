"""A wrapper's name is set to None (not del) after both calls' prompts are made."""

import autoform as af

CAUSE = "__del__ set None between calls"
ARGS = ("owls", "cats")


class Span:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("close", self.t)


def main(a: str, b: str):
    s = Span(a)
    p = s.t
    s = None
    print("dropped")
    x = af.lm_call([{"role": "user", "content": p}], model="m")
    y = af.lm_call([{"role": "user", "content": b}], model="m")
    return x, y
