"""main declares `global t`; a comprehension uses `t` as its own variable (which leaves the
global alone)."""

import autoform as af

CAUSE = "comprehension var vs global"
ARGS = (["owls", "cats"],)
t = "global-t"


def main(items: list):
    global t
    rs = [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
    return rs, t
