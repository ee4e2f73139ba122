"""A helper reads a module list of notes that the function extends between two calls."""

import autoform as af

CAUSE = 1
ARGS = ("tides",)
NOTES = []


def ask_with_notes(q):
    return af.lm_call([*NOTES, {"role": "user", "content": q}], model="m")


def main(topic: str):
    first = af.lm_call([{"role": "user", "content": "warm up"}], model="m")
    NOTES.extend([{"role": "system", "content": "use metric units"}])
    second = ask_with_notes(topic)
    return [first, second]
