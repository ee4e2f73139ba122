"""main itself stores a defaultdict into the argument dict's slot, then the loop reads
reply keys through the argument."""

import collections

import autoform as af

CAUSE = "defaultdict stored into argument after entry"
ARGS = (["owls", "cats", "dogs"], {"counts": {}})


def main(items: list, ctx: dict):
    ctx["counts"] = collections.defaultdict(int)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(ctx['counts'])}"}], model="m")
        out.append(ctx["counts"][r])
    return out
