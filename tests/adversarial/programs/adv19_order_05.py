"""Star-unpacking of a list of replies into first/rest; the rest formatted."""

import autoform as af

CAUSE = "star unpacking"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    first, *rest = [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
    tail = af.lm_call([{"role": "user", "content": " ".join(rest)}], model="m")
    return first, tail
