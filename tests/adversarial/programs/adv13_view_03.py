"""ChainMap of overrides over defaults: per-item stores go to the overrides dict, and each
prompt counts the overrides."""

import collections

import autoform as af

CAUSE = "chainmap writes first map"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    overrides = {}
    cfg = collections.ChainMap(overrides, {"style": "plain"})
    for t in items:
        cfg[t] = af.lm_call(
            [{"role": "user", "content": f"{t} in {cfg['style']} ({len(overrides)})"}], model="m"
        )
    return dict(overrides)
