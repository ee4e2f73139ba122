"""A block whose condition reads a list that an earlier block appends to."""

import autoform as af

CAUSE = "blocks"
ARGS = (True,)


def main(flag: bool):
    found = []
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    if flag:
        found.append(af.lm_call([{"role": "user", "content": "look"}], model="m"))
    if found:
        b = af.lm_call([{"role": "user", "content": "found " + found[0]}], model="m")
    else:
        b = "none"
    return [a, b]
