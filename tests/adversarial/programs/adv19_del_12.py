"""A wrapper rebound inside a try block."""

import autoform as af

CAUSE = "__del__ rebind in try block"
ARGS = ("owls", "cats")


class Span:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("close", self.t)


def main(a: str, b: str):
    s = Span(a)
    x = af.lm_call([{"role": "user", "content": s.t}], model="m")
    try:
        s = Span(b)
        print("rebound")
    finally:
        print("fin")
    y = af.lm_call([{"role": "user", "content": s.t}], model="m")
    return x, y
