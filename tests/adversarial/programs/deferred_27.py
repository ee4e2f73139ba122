"""A key of JSON parsed from each item, in a loop body feeding the item's second call;
the second item lacks the key: KeyError, after the first item's calls."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = (['{"k": 1}', '{"j": 2}', '{"k": 3}'],)
FAIL = {"FAIL"}


def main(items: list[str]):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        out.append(
            af.lm_call([{"role": "user", "content": str(json.loads(it)["k"]) + r}], model="m")
        )
    return out
