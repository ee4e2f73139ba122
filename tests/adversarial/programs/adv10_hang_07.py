"""A helper that prints and calls with a document, called in a loop; the loop prints too."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs", "bats"],)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("  render", self.text)
        return self.text

    __repr__ = __str__


def summarize(t):
    print("summarize", t)
    s = af.lm_call([{"role": "user", "content": Doc(t)}], model="m")
    print("summarized", t)
    return s


def main(topics: list):
    out = []
    for t in topics:
        print("item", t)
        out.append(summarize(t))
    print("end")
    return out
