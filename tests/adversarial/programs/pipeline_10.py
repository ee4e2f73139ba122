"""json.loads in a try inside a loop; a fallback records the bad reply."""

import json

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat"],)
LOG = []


def main(topics: list[str]):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            data = json.loads(r)
        except json.JSONDecodeError as exc:
            LOG.append(f"bad json at {exc.pos}: {r}")
            data = {"raw": r}
        out.append(data)
    return out
