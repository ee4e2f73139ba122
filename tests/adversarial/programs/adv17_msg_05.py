"""A nested metadata dict passed as a keyword of the call is changed after the call."""

import autoform as af

CAUSE = "nested kwarg mutated after call"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    meta = {"tags": ["x"]}
    ra = af.lm_call([{"role": "user", "content": a}], model="m", metadata=meta)
    meta["tags"].append("y")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, meta
