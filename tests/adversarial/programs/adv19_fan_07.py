"""The collect target is an attribute list of an object."""

import autoform as af

CAUSE = "collect into attribute list"
ARGS = (["owls", "cats", "dogs"],)


class Run:
    def __init__(self):
        self.results = []


def main(items: list):
    run = Run()
    for t in items:
        run.results.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return run.results
