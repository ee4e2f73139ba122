"""__format__ with a format spec that logs, in a loop body's prompt."""

import autoform as af

CAUSE = 16
ARGS = (["a", "b", "c"],)
LOG = []


class Num:
    def __init__(self, n):
        self.n = n

    def __format__(self, spec):
        LOG.append(f"format {self.n}")
        return format(self.n, spec)


def main(items: list):
    out = []
    n = Num(3)
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": f"{it} {n:03d}"}], model="m"))
    return out
