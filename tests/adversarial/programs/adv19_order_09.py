"""del with a subscript computed from a reply."""

import autoform as af

CAUSE = "del subscript from reply"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    d = {"<m:owls>": 1, "<m:cats>": 2, "k": 3}
    del d[af.lm_call([{"role": "user", "content": a}], model="m")]
    print(sorted(d))
    del d[af.lm_call([{"role": "user", "content": b}], model="m")]
    return d
