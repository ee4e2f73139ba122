"""Closures made in a loop capture the loop variable late; they are called after the loop."""

import autoform as af

CAUSE = "closures"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    makers = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        makers.append(lambda: f"{t}:{r}")
    return [m() for m in makers]
