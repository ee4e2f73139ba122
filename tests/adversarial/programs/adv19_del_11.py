"""A wrapper name is rebound inside an if block between two independent calls; the old
wrapper prints when freed."""

import autoform as af

CAUSE = "__del__ rebind in nested block"
ARGS = ("owls", "cats")


class Span:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("close", self.t)


def main(a: str, b: str):
    s = Span(a)
    x = af.lm_call([{"role": "user", "content": s.t}], model="m")
    if x:
        s = Span(b)
        print("rebound")
    y = af.lm_call([{"role": "user", "content": s.t}], model="m")
    print("end")
    return x, y
