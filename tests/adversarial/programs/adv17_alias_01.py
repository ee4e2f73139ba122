"""Records share one context dict (as rows from one request do); each item's prompt reads the
shared counter, and the body bumps it through its own record."""

import autoform as af

CAUSE = "items share a sub-dict"
_CTX = {"n": 0}
ARGS = (
    [{"name": "owls", "ctx": _CTX}, {"name": "cats", "ctx": _CTX}, {"name": "dogs", "ctx": _CTX}],
)


def main(records: list):
    out = []
    for rec in records:
        r = af.lm_call(
            [{"role": "user", "content": f"{rec['name']} #{rec['ctx']['n']}"}], model="m"
        )
        rec["ctx"]["n"] += 1
        out.append(r)
    return out
