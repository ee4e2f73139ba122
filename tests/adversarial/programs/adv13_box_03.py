"""Per-item replies appended to a list; each prompt reads the list through len(ns.results), an alias
made before the loop."""

import types  # noqa: F401

import autoform as af

CAUSE = "namespace attribute"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    ns = types.SimpleNamespace(results=out)
    for t in items:
        out.append(
            af.lm_call([{"role": "user", "content": f"{t} ctx={len(ns.results)}"}], model="m")
        )
    return out
