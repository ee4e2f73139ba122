"""Panelists built in main share one history list through a mutable default argument of
__init__ (the classic gotcha): each panelist's ask quotes len(self.history) and appends."""

import autoform as af

CAUSE = "mutable default shared by receivers"
ARGS = ("owls", ["ann", "bob", "cy"])


class Panelist:
    def __init__(self, name, history=[]):
        self.name = name
        self.history = history

    def ask(self, q):
        r = af.lm_call(
            [{"role": "user", "content": f"{self.name} on {q} (heard {len(self.history)})"}],
            model="m",
        )
        self.history.append(r)
        return r


def main(q: str, names: list):
    panel = [Panelist(n) for n in names]
    opinions = {}
    for p in panel:
        opinions[p.name] = p.ask(q)
    return opinions
