"""(Prompt part `{a.split()[0]}`) Items of an unannotated list are documents (a __str__ that logs); each item's second
prompt formats the document and the first reply's first character (a subscript)."""

import autoform as af

CAUSE = "subscript drops when_plain"
ARGS = None
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        LOG.append("str " + self.t)
        return self.t


ARGS = ([Doc("owls"), Doc("cats"), Doc("dogs")],)


def main(docs: list):
    out = []
    for d in docs:
        a = af.lm_call([{"role": "user", "content": "x"}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{d} {a.split()[0]}"}], model="m"))
    return out
