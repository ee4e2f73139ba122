"""A pure helper rebound to one that appends to a global list, then called in a fan-out loop."""

import autoform as af

CAUSE = "rebind"
ARGS = (["owl", "bat", "cat"],)
SEEN = []


def norm(s):
    return s.lower()


def tracking_norm(s):
    SEEN.append(s)
    return s.lower()


def main(topics: list[str]):
    globals()["norm"] = tracking_norm
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(norm(r))
    return out
