"""Straight-line: two independent calls; between them a comparison of a score object whose
__lt__ logs, and a print after each call."""

import autoform as af

CAUSE = "dunder"
ARGS = ("owls",)
LOG = []


class Score:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        LOG.append(f"lt {self.n}")
        return self.n < other


def main(topic: str):
    s1, s2 = Score(1), Score(2)
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    k1 = s1 < len(a)
    b = af.lm_call([{"role": "user", "content": topic + "s"}], model="m")
    k2 = s2 < len(b)
    LOG.append("end")
    return [a if k1 else "", b if k2 else ""]
