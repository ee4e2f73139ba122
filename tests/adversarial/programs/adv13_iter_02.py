"""The loop iterates over the keys view of the dict it stores into, through an alias."""

import autoform as af

CAUSE = "dict alias grows while iterated"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    notes = dict.fromkeys(items, "")
    out = notes
    for key in notes.keys():
        out[key + "!"] = af.lm_call([{"role": "user", "content": key}], model="m")
    return notes
