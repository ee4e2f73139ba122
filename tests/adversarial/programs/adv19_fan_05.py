"""Two calls per item, the second's prompt from the first; both collected."""

import autoform as af

CAUSE = "chained calls per item"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["<m:cats>"]


def main(items: list):
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": t}], model="m")
        print("a", a)
        b = af.lm_call([{"role": "user", "content": a}], model="m")
        out.append(b)
    return out
