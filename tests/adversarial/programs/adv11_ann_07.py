"""main(topics: list[str]) appends a document through an alias of its list; each item then
formats its topic into a second call's prompt."""

import autoform as af

CAUSE = "annotations"
ARGS = (["owls", "cats"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        LOG.append("str " + self.t)
        return self.t


def main(topics: list[str]):
    queue = topics
    queue.append(Doc("dogs"))
    queue.insert(0, Doc("bees"))
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": "x"}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{t} {a}"}], model="m"))
    return out
