"""A failing item's call is reported with traceback.print_exc(); later items go on."""

import traceback

import autoform as af

CAUSE = "print_exc traceback"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def main(items: list):
    out = []
    for t in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError:
            traceback.print_exc()
            out.append(None)
    return out
