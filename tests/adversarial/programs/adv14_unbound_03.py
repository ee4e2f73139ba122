"""Nested loops that fan out; the inner body reads a name bound only on one branch."""

import autoform as af

CAUSE = "9"
ARGS = ([["a", "b"], ["c"]], False)


def main(groups: list, loud: bool):
    if loud:
        mark = "!"
    out = []
    for g in groups:
        for t in g:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(r + mark)
    return out
