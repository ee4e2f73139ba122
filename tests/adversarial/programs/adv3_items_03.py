"""A str subclass whose hash prints: the values are strs and not only strs."""

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


class Tag(str):
    def __hash__(self):
        print("hash tag", str(self))
        return str.__hash__(self)


def main(xs: list[str]):
    labels = {}
    for x in xs:
        reply = lm("label " + x)
        labels[x] = Tag(reply.strip())

    notes = []
    for x in xs:
        print("noted", x)
        notes.append(lm("note " + x))
    counts = {s: list(labels.values()).count(s) for s in set(labels.values())}
    report = lm(f"report {sorted(counts.items())}")
    return [report, notes]
