"""match with a class pattern on a verdict object whose attribute is a logging property."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Verdict:
    __match_args__ = ("kind",)

    def __init__(self, t):
        self.t = t

    @property
    def kind(self):
        LOG.append("kind " + self.t)
        return self.t[0]


def main(topics: list):
    out = []
    for t in topics:
        v = Verdict(t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        match v:
            case Verdict(kind="c"):
                out.append("cat route " + r)
            case _:
                out.append(r)
    return out
