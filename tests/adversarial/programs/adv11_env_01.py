"""A helper records the last reply in os.environ; each prompt quotes it."""

import os

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)


def remember(r):
    os.environ["ADV11_LAST"] = r[:8]


def main(topics: list):
    os.environ["ADV11_LAST"] = "-"
    out = []
    for t in topics:
        out.append(
            af.lm_call([{"role": "user", "content": f"{t} {os.environ['ADV11_LAST']}"}], model="m")
        )
        remember(out[-1])
    return out
