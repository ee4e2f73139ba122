"""A collecting loop over map(str.strip, generator) and over a reversed list of replies."""

import autoform as af

CAUSE = "pipeline"
ARGS = ([" owl", "bat ", " cat "],)
FAIL = ["cat"]


def noisy(topics):
    for t in topics:
        print("read", repr(t))
        yield t


def main(topics: list[str]):
    out = []
    for t in map(str.strip, noisy(topics)):
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
