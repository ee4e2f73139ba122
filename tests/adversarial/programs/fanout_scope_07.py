"""The loop target is an item of a dict the function returns."""

import autoform as af

CAUSE = 9
ARGS = (["k1", "k2"],)


def main(items: list):
    slot = {}
    out = []
    for slot["last"] in items:
        out.append(af.lm_call([{"role": "user", "content": slot["last"]}], model="m"))
    return [out, slot]
