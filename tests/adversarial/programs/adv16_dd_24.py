"""A parameter annotated with a TypedDict-like alias (`Config = dict`) holds a defaultdict;
main reads reply keys of it per item."""

import collections

import autoform as af

CAUSE = "alias annotation"
Config = dict
ARGS = (["owls", "cats", "dogs"], collections.defaultdict(int))


def main(items: list[str], cfg: Config):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(cfg)}"}], model="m")
        out.append(cfg[r])
    return out
