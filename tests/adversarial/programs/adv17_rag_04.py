"""JSON extraction with fallbacks: json.loads, then a regex, then a second LM call asking
for repair; each fallback is logged."""

import json
import re

import autoform as af

CAUSE = "json fallbacks"
ARGS = (['{"a": 1}', "name: bob", "x=3"],)
LOG = []


def extract(raw):
    r = af.lm_call([{"role": "user", "content": raw}], model="m")
    try:
        return json.loads(r[3:-1])
    except json.JSONDecodeError as e:
        LOG.append(f"json failed at {e.pos}")
    m = re.search(r"(\w+)[:=]\s*(\w+)", r)
    if m:
        LOG.append("regex ok")
        return {m.group(1): m.group(2)}
    fixed = af.lm_call([{"role": "user", "content": f"repair {raw}"}], model="m")
    LOG.append("repaired")
    return {"raw": fixed}


def main(raws: list):
    return [extract(r) for r in raws]
