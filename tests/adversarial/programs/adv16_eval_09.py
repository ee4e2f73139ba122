"""Augmented subscript with effectful key: `totals[bucket(t)] += len(ask(t))` — the key
(and its print) is evaluated before the call; a missing bucket raises KeyError after the
print and before the call."""

import autoform as af

CAUSE = "augassign key before call"
ARGS = (["owls", "cats", "dogs"],)


def bucket(t):
    print("bucket", t)
    return t[0]


def main(items: list):
    totals = {"o": 0, "d": 0}
    out = []
    for t in items:
        try:
            totals[bucket(t)] += len(af.lm_call([{"role": "user", "content": t}], model="m"))
        except KeyError as exc:
            out.append(f"no bucket {exc}")
    return totals, out
