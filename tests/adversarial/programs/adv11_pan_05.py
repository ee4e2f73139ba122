"""Panelists defined in this file; after building them, main swaps two members' names
through a helper that uses setattr with a computed attribute name."""

import autoform as af

CAUSE = "methods"
ARGS = ("owls",)


class Panelist:
    def __init__(self, name):
        self.name = name
        self.history = []

    def ask(self, q):
        self.history.append(q)
        return af.lm_call(
            [{"role": "user", "content": f"{self.name}: {q} {len(self.history)}"}], model="m"
        )


def share(a, b, field):
    setattr(b, field, getattr(a, field))


def main(q: str):
    panel = [Panelist("ann"), Panelist("bob")]
    share(panel[0], panel[1], "hist" + "ory")
    return [p.ask(q) for p in panel]
