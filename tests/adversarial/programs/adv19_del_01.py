"""A per-item temp object whose __del__ prints; rebinding frees the previous one."""

import autoform as af

CAUSE = "__del__ print order in loop"
ARGS = (["owls", "cats", "dogs"],)


class Span:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("close", self.t)


def main(items: list):
    out = []
    for t in items:
        s = Span(t)
        out.append(af.lm_call([{"role": "user", "content": s.t}], model="m"))
    print("done")
    return out
