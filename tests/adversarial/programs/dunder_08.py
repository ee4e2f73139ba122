"""__iter__ that logs, iterated by a loop that could fan out."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Batch:
    def __iter__(self):
        LOG.append("iter")
        return iter(["x", "y"])


def main():
    out = []
    for it in Batch():
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
