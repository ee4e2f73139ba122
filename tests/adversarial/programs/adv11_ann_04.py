"""(The control for ann_01, unannotated) main(topics: list) extends its topics with module-level extras that are documents
(a __str__ that logs); each item asks twice, the second prompt formatting the topic."""

import autoform as af

CAUSE = "control"
ARGS = (["owls", "cats"],)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        LOG.append("str " + self.t)
        return self.t


_EXTRAS = [Doc("dogs"), Doc("bees")]


def main(topics: list):
    topics.extend(_EXTRAS)
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": "x"}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{t} {a}"}], model="m"))
    return out
