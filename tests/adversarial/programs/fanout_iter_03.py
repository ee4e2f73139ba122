"""A custom iterator whose __next__ logs; the loop's first item fails."""

import autoform as af

CAUSE = 8
ARGS = ()
FAIL = {"zero"}
LOG = []


class Words:
    def __init__(self):
        self.words = ["zero", "one", "two"]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.words:
            raise StopIteration
        w = self.words.pop(0)
        LOG.append("next " + w)
        return w


def main():
    out = []
    for w in Words():
        out.append(af.lm_call([{"role": "user", "content": w}], model="m"))
    return out
