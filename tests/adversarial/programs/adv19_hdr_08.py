"""An except clause's type is picked from a dict by a reply (evaluated only on failure)."""

import autoform as af

CAUSE = "call in except clause type"
ARGS = ("owls", "cats")
FAIL = ["owls"]


def main(a: str, b: str):
    kinds = {"<m:cats>": RuntimeError}
    try:
        return af.lm_call([{"role": "user", "content": a}], model="m")
    except kinds.get(af.lm_call([{"role": "user", "content": b}], model="m"), KeyError) as e:
        return "caught " + str(e)
