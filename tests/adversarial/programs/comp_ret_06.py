"""A returned comprehension nested in a conditional return."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["owl", "bat"],)


def main(topics: list[str]):
    first = af.lm_call([{"role": "user", "content": topics[0]}], model="m")
    if "owl" in first:
        return [af.lm_call([{"role": "user", "content": first + t}], model="m") for t in topics]
    return [first]
