"""Loop variable and last reply read after a collecting loop."""

import autoform as af

CAUSE = "loop variables after fan-out"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    out = []
    for i, x in enumerate(items):
        r = ask(x)
        out.append(r)
    return out, i, x, r
