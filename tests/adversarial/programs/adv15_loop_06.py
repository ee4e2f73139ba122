"""Documents sharing one shelf whose index is a defaultdict: the loop reads it through the
loop variable (`doc.shelf.index[r]`)."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"


class Shelf:
    def __init__(self):
        self.index = collections.defaultdict(list)


class Doc:
    def __init__(self, title, shelf):
        self.title = title
        self.shelf = shelf


SHELF = Shelf()
ARGS = ([Doc("owls", SHELF), Doc("cats", SHELF), Doc("dogs", SHELF)],)


def main(docs: list):
    out = []
    for doc in docs:
        r = af.lm_call(
            [{"role": "user", "content": f"{doc.title} / {len(doc.shelf.index)}"}], model="m"
        )
        out.append(len(doc.shelf.index[r]))
    return out
