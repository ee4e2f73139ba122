"""Per-item replies appended to a list; each prompt reads the list through len(holder[0]), an alias
made before the loop."""

import types  # noqa: F401

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    holder = [out]
    for t in items:
        out.append(
            af.lm_call([{"role": "user", "content": f"{t} ctx={len(holder[0])}"}], model="m")
        )
    return out
