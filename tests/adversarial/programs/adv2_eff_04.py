"""A helper appends to a module list and puts its length in the prompt, in a loop."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)
SEEN = []


def note(x):
    SEEN.append(x)
    return f"{x} (seen {len(SEEN)})"


def main(items: list[str]):
    out = []
    for x in items:
        p = note(x)
        out.append(af.lm_call([{"role": "user", "content": p}], model="m"))
    return out
