"""Keys made by a helper returning an object whose hash prints."""

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


def key(x):
    return Loud(x)


def main(xs: list[str]):
    labels = {}
    for x in xs:
        reply = lm("label " + x)
        labels[key(x)] = reply.strip()
    notes = []
    for x in xs:
        print("noted", x)
        notes.append(lm("note " + x))
    counts = sorted(set(labels))
    report = lm(f"report {counts}")
    return [report, notes]
