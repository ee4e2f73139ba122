"""Per-item: the reply is logged to LOG, then the topic is split on the caller's separator
for a follow-up call; an empty separator raises after the first item's log line."""

import autoform as af

CAUSE = "str.split empty sep in loop after effect"
ARGS = (["owls", "cats"], "")
LOG = []


def main(items: list, sep: str):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        LOG.append(r)
        parts = t.split(sep)
        out.append(af.lm_call([{"role": "user", "content": f"{parts}"}], model="m"))
    return out
