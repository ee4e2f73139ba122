"""main(topics: list[str]) replaces two topics with documents through a helper; a loop then
formats each topic into a second call's prompt."""

import autoform as af

CAUSE = "annotations"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        LOG.append("format " + self.t)
        return self.t


def upgrade(xs):
    xs[0] = Doc(xs[0])
    xs[2] = Doc(xs[2])


def main(topics: list[str]):
    upgrade(topics)
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": "x"}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{t}: {a}"}], model="m"))
    return out
