"""The loop reads the index through a method call (`book.get_index()[r]`), a defaultdict."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"


class Book:
    def __init__(self):
        self._index = collections.defaultdict(list)

    def get_index(self):
        return self._index


def main(items: list):
    book = Book()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(book.get_index())}"}], model="m")
        out.append(len(book.get_index()[r]))
    return out


ARGS = (["owls", "cats", "dogs"],)
