"""A parameter is the module's own registry list: main appends to its parameter while a
helper reads the global by name for the prompt."""

import autoform as af

CAUSE = "parameter is module global"
SEEN = []
ARGS = (SEEN, ["owls", "cats", "dogs"])


def prompt(t):
    return f"{t} after {len(SEEN)}"


def main(seen: list, items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": prompt(t)}], model="m")
        seen.append(r)
        out.append(r)
    return out
