"""A walrus in a condition binds a reply used afterwards."""

import autoform as af

CAUSE = "control"
ARGS = ("w",)


def main(q: str):
    if (r := af.lm_call([{"role": "user", "content": q}], model="m")) and len(r) > 3:
        s = af.lm_call([{"role": "user", "content": r}], model="m")
    else:
        s = ""
    return [r, s]
