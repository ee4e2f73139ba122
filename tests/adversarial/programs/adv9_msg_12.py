"""A content-parts list holds a document; its `__str__` reads a setting main changes inside
the loop after each call."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "cats", "dogs"],)
STYLE = {"tone": "plain"}


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return STYLE["tone"] + " " + self.text

    __repr__ = __str__


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": [{"type": "text", "text": Doc(t)}]}], model="m")
        STYLE["tone"] = "after " + t
        out.append(r)
    return out
