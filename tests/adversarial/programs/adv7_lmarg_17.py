"""A document collects its text lazily; main appends to its list after the call."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)


class Notes:
    def __init__(self):
        self.lines = []

    def __repr__(self):
        return " / ".join(self.lines)


def main(q: str):
    notes = Notes()
    notes.lines.append(q)
    a = af.lm_call([{"role": "user", "content": notes}], model="m")
    notes.lines.append("more")
    b = af.lm_call([{"role": "user", "content": q + "s"}], model="m")
    return [a, b, repr(notes)]
