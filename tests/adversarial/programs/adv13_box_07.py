"""Straight-line: a report object holds the notes list; the first reply is appended to the
notes and the second prompt counts the report's notes."""

import autoform as af

CAUSE = "straight-line alias in tuple"
ARGS = ("owls",)


def main(topic: str):
    notes = []
    report = (topic, notes)
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    notes.append(a)
    b = af.lm_call([{"role": "user", "content": f"{report[0]}: {len(report[1])} notes"}], model="m")
    return a, b
