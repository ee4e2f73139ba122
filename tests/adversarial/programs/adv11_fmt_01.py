"""A summariser: a label object's `__format__` bumps a class counter; each loop turn puts the
label in an f-string prompt and the next turn's prompt reads the counter."""

import autoform as af

CAUSE = "format"
ARGS = (["owls", "cats", "dogs"],)


class Label:
    uses = 0

    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        Label.uses += 1
        return f"{self.name}:{Label.uses}"


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call(
            [{"role": "user", "content": f"Summarise {Label(t)} (seen {Label.uses})"}], model="m"
        )
        out.append(r)
    return out, Label.uses
