"""Helper passed as key= to sorted; the key calls the LM; ties keep order."""

import autoform as af

CAUSE = "LM key for sorted"
ARGS = (["owls", "cat", "dogs", "emu"],)


def score(t):
    return len(af.lm_call([{"role": "user", "content": t}], model="m"))


def main(items: list):
    return sorted(items, key=score)
