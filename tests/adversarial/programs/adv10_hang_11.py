"""try/except around each call with a document in a loop; items 1 and 3 fail; prints in the
handler and after."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "bad1", "cats", "bad2", "dogs"],)
FAIL = ["bad"]


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text)
        return self.text

    __repr__ = __str__


def main(topics: list):
    out = []
    for t in topics:
        try:
            r = af.lm_call([{"role": "user", "content": Doc(t)}], model="m")
        except RuntimeError:
            print("failed", t)
            continue
        print("ok", t)
        out.append(r)
    return out
