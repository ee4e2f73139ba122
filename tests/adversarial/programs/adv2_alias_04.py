"""acc = BASE; acc += [reply] changes the module list in place; a later call reads it."""

import autoform as af

CAUSE = "alias"
ARGS = (["a", "b"],)
BASE = ["start"]


def main(items: list[str]):
    acc = BASE
    for x in items:
        acc += [af.lm_call([{"role": "user", "content": x}], model="m")]
    summary = af.lm_call([{"role": "user", "content": " ".join(BASE)}], model="m")
    return [acc, summary]
