"""Per-item replies appended to a list; each prompt reads the list through len(cfg['results']), an alias
made before the loop."""

import types  # noqa: F401

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    cfg = {"results": out}
    for t in items:
        out.append(
            af.lm_call([{"role": "user", "content": f"{t} ctx={len(cfg['results'])}"}], model="m")
        )
    return out
