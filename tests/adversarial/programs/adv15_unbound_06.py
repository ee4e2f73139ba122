"""A comprehension in the loop body reads a name bound only on one branch."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, strip: bool):
    if strip:
        bad = "<>"
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append("".join([c for c in r if c not in bad]))
    return out
