"""Per-item replies appended to a list; each prompt reads the list through pair[0][-1][-4:] if pair[0] else '-', an alias
made before the loop."""

import types  # noqa: F401

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    pair = (out, "x")
    for t in items:
        out.append(
            af.lm_call(
                [{"role": "user", "content": f"{t} ctx={pair[0][-1][-4:] if pair[0] else '-'}"}],
                model="m",
            )
        )
    return out
