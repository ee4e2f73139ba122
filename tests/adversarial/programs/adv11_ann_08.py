"""The topics argument is also a module global; a helper adds documents to the global, and
main(topics: list[str]) formats each topic into a second call's prompt."""

import autoform as af

CAUSE = "annotations"
LOG = []
_TOPICS = ["owls", "cats"]
ARGS = (_TOPICS,)


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        LOG.append("str " + self.t)
        return self.t


def add_more():
    _TOPICS.append(Doc("dogs"))
    _TOPICS.insert(0, Doc("bees"))


def main(topics: list[str]):
    add_more()
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": "x"}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{t} {a}"}], model="m"))
    return out
