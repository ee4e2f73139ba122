"""Dict iteration over .items() where body writes to a different dict, then a FAIL."""

import autoform as af

CAUSE = "dict items with failure"
ARGS = ({"a": "owls", "b": "cats", "c": "dogs"},)
FAIL = ["dogs"]


def main(d: dict):
    res = {}
    for k, v in d.items():
        try:
            res[k] = af.lm_call([{"role": "user", "content": v}], model="m")
        except RuntimeError as e:
            print("fail", k, e)
            res[k] = None
    return res
