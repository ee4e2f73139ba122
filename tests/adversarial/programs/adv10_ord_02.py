"""Branches: which document a call gets depends on the topic; every document prints when
rendered, main prints in each branch."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "x", "cats", "yy"],)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text)
        return self.text

    __repr__ = __str__


class Short(Doc):
    def __str__(self):
        print("short", self.text)
        return self.text * 3


def main(topics: list):
    out = []
    for t in topics:
        if len(t) > 2:
            print("long", t)
            d = Doc(t)
        else:
            print("brief", t)
            d = Short(t)
        out.append(af.lm_call([{"role": "user", "content": d}], model="m"))
    return out
