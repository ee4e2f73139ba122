"""Panelists built in main around one shared notebook list passed to each constructor;
the method appends to self.notes and quotes its length."""

import autoform as af

CAUSE = "receivers share a container passed in"
ARGS = ("owls", ["ann", "bob", "cy"])


class Panelist:
    def __init__(self, name, notes):
        self.name = name
        self.notes = notes

    def ask(self, q):
        r = af.lm_call(
            [{"role": "user", "content": f"{self.name}: {q} [{len(self.notes)}]"}], model="m"
        )
        self.notes.append(r[-6:])
        return r


def main(q: str, names: list):
    shared = []
    panel = [Panelist(n, shared) for n in names]
    out = {}
    for p in panel:
        out[p.name] = p.ask(q)
    return out, shared
