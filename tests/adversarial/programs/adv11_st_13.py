"""The latest reply per first letter: later topics overwrite earlier ones."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "oaks", "cats", "orcs"],)


def main(topics: list):
    latest = {}
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        latest[t[0]] = r
    return latest
