"""break on an answer's content, with calls with documents of later items pending."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs", "bats"],)


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
        r = af.lm_call([{"role": "user", "content": Doc(t)}], model="m")
        out.append(r)
        if "cats" in r:
            break
    print("left loop")
    return out
