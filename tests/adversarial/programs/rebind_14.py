"""A setup helper rebinds a pure helper to a tracking one; a fan-out loop then calls it."""

import autoform as af

CAUSE = "rebind"
ARGS = (["owl", "bat", "cat", "emu"],)
SEEN = []


def norm(s):
    return s.lower()


def tracking_norm(s):
    SEEN.append(s)
    return s.lower()


def enable_tracking():
    global norm
    norm = tracking_norm


def main(topics: list[str]):
    enable_tracking()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(norm(r))
    return out
