"""setdefault groups replies by the first letter; keys collide."""

import autoform as af

CAUSE = "alias"
ARGS = (["apple", "avocado", "banana", "apricot"],)


def main(items: list[str]):
    groups = {}
    for x in items:
        groups.setdefault(x[0], []).append(af.lm_call([{"role": "user", "content": x}], model="m"))
    return groups
