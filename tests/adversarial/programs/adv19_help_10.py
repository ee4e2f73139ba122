"""Helper defined inside main closes over a list that main appends to between calls."""

import autoform as af

CAUSE = "inner helper closure over list"
ARGS = ("owls", "cats", "dogs")


def main(a, b, c):
    notes = []

    def ask(t):
        return af.lm_call([{"role": "user", "content": f"{t} {notes}"}], model="m")

    x = ask(a)
    notes.append("n1")
    y = ask(b)
    z = ask(c)
    return x, y, z
