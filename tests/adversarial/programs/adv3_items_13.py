"""A dict filled with replies whose keys come from items of a parameter that hash loudly."""

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
    keys = [Loud(x) for x in xs]
    for k in keys:
        labels[k.text] = lm("label " + k.text).strip()
    labels[keys[0]] = "obj"

    notes = []
    for x in xs:
        print("noted", x)
        notes.append(lm("note " + x))
    counts = {s: list(labels.values()).count(s) for s in set(labels.values())}
    report = lm(f"report {sorted(counts.items())}")
    return [report, notes]
