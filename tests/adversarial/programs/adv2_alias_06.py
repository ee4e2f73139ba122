"""a = b = []: the loop appends to a; b is returned and read by a later call."""

import autoform as af

CAUSE = "alias"
ARGS = (["x", "y"],)


def main(items: list[str]):
    a = b = []
    for x in items:
        a.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    c = af.lm_call([{"role": "user", "content": str(len(b))}], model="m")
    return [b, c]
