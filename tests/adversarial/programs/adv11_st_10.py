"""A helper writes a counter with globals()[name]; each prompt quotes the counter."""

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)
COUNT = 0


def tally(name="COUNT"):
    globals()[name] += 1


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": f"{t} {COUNT}"}], model="m"))
        tally()
    return out
