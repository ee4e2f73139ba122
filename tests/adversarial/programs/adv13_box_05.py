"""Per-item replies appended to a list; each prompt reads the list through len(alias), an alias
made before the loop."""

import types  # noqa: F401

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    alias = out
    for t in items:
        out.append(af.lm_call([{"role": "user", "content": f"{t} ctx={len(alias)}"}], model="m"))
    return out
