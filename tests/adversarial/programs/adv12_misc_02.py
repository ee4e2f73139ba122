"""A method with a computed name (getattr) records each reply on a shared object."""

import autoform as af

CAUSE = "fan-out getattr computed method"
ARGS = (["owls", "cats", "dogs"],)


class Book:
    def __init__(self):
        self.lines = []

    def note_reply(self, r):
        self.lines.append(r)
        return len(self.lines)


def main(topics: list):
    book = Book()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        n = getattr(book, "note_" + "reply")(r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {n}"}], model="m"))
    return out
