"""Per-item replies appended to a list; each prompt reads the list through len(alias) + n, an alias
made before the loop."""

import types  # noqa: F401

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    alias, n = out, 0
    for t in items:
        out.append(
            af.lm_call([{"role": "user", "content": f"{t} ctx={len(alias) + n}"}], model="m")
        )
    return out
