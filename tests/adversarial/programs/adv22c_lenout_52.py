"""Item reads len(out) of the list being collected."""

import autoform as af

CAUSE = "reads collection being appended"
ARGS = (["owls", "cats", "dogs", "emus"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    out = []
    for x in items:
        r = ask(x)
        out.append(f"{len(out)}:{r}")
    return out
