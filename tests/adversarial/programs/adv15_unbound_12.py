"""Inner loop reads a name the outer loop binds only after its inner loop."""

import autoform as af

CAUSE = "9"
ARGS = ([["a", "b"], ["c"]],)


def main(groups: list):
    out = []
    for g in groups:
        for t in g:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(r + str(count))
        count = len(g)
    return out
