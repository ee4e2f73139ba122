"""An early return that depends on a reply: the calls after it are not made."""

import autoform as af

CAUSE = "control"
ARGS = ("yes",)


def main(q: str):
    gate = af.lm_call([{"role": "user", "content": q}], model="m")
    if "yes" in gate:
        return "early " + gate
    return af.lm_call([{"role": "user", "content": "long path"}], model="m")
