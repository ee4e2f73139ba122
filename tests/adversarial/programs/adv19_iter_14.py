"""Loop variable and last reply read after the loop."""

import autoform as af

CAUSE = "loop var after loop"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(len(r))
    return t, r, out
