"""A loop parses each reply with json.loads in try/except, falling back to the
raw reply; some replies are JSON."""

import json

import autoform as af

CAUSE = "loop"
ARGS = (["[1, 2]", "not json", '{"k": 3}'],)


def main(items: list[str]):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        try:
            v = json.loads(r[3:-1])
        except json.JSONDecodeError:
            v = r
        out.append(v)
    return out
