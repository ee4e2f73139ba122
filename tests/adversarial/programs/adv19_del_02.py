"""Two independent calls; a temp object's __del__ prints when the name is rebound."""

import autoform as af

CAUSE = "__del__ print between calls"
ARGS = ("owls", "cats")


class Span:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("close", self.t)


def main(a: str, b: str):
    s = Span(a)
    x = af.lm_call([{"role": "user", "content": s.t}], model="m")
    s = Span(b)
    y = af.lm_call([{"role": "user", "content": s.t}], model="m")
    print("mid")
    s = None
    return x, y
