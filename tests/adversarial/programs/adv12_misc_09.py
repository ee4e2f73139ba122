"""A module whose Tally.__repr__ (what the client formats) bumps a module counter: a step reading the counter directly
comes after a call whose prompt formats the tally."""

import autoform as af

CAUSE = "reads of module state after formatting call"
ARGS = ("owls",)
COUNT = 0


class Tally:
    def __repr__(self):
        global COUNT
        COUNT += 1
        return f"tally{COUNT}"


def main(topic: str):
    t = Tally()
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": t}], model="m")
    c = af.lm_call([{"role": "user", "content": f"{topic} {COUNT}"}], model="m")
    return a, b, c
