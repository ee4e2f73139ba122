"""print() of a document whose __str__ counts renders in a global; the next prompt quotes
the count (print first, then the call)."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
RENDERS = 0


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        global RENDERS
        RENDERS += 1
        return self.t


def main(topics: list):
    out = []
    for t in topics:
        print("asking", Doc(t))
        out.append(af.lm_call([{"role": "user", "content": f"{t} {RENDERS}"}], model="m"))
    return out
