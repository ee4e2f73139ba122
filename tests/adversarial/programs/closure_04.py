"""An inner function appends to an outer list between two calls that read it."""

import autoform as af

CAUSE = "closure"
ARGS = ("finch",)


def main(topic: str):
    notes = [topic]

    def note(x):
        notes.append(x)

    a = af.lm_call([{"role": "user", "content": " ".join(notes)}], model="m")
    note("extra")
    b = af.lm_call([{"role": "user", "content": " ".join(notes)}], model="m")
    return [a, b]
