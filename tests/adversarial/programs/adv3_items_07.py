"""A dict of replies whose values one step swaps for ints: sorting the items mixes types."""

import autoform as af

CAUSE = "item types"
ARGS = (["owl", "bat", "cat"],)
LOG = []


class Loud:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        LOG.append("hash " + self.text)
        print("hash", self.text)
        return hash(self.text)

    def __eq__(self, other):
        print("eq", self.text)
        return isinstance(other, Loud) and other.text == self.text

    def __lt__(self, other):
        print("lt", self.text)
        return self.text < other.text

    def __repr__(self):
        return f"Loud({self.text!r})"


def lm(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(xs: list[str]):
    labels = {}
    for x in xs:
        labels[x] = lm("label " + x).strip()
    for k in list(labels)[:1]:
        labels[k] = len(labels[k])
    notes = []
    for x in xs:
        print("noted", x)
        notes.append(lm("note " + x))
    report = lm(f"report {sorted(labels.values())}")
    return [report, notes]
