"""A uuid5 derived from a counter per item names each request; itertools.count shared."""

import itertools
import uuid

import autoform as af

CAUSE = "shared counter ids"
ARGS = (["owls", "cats", "dogs"],)
NS = uuid.UUID("12345678-1234-5678-1234-567812345678")


def main(items: list):
    ids = itertools.count(100)
    out = []
    for t in items:
        rid = uuid.uuid5(NS, str(next(ids)))
        r = af.lm_call([{"role": "user", "content": f"{rid.hex[:8]} {t}"}], model="m")
        out.append((str(rid)[:8], r))
    return out, next(ids)
