"""The per-item helper returns a dict built from the reply with json-like parsing via
str.partition and int(); a bad int in one reply raises ValueError caught per item."""

import autoform as af

CAUSE = "partition int parse"
ARGS = (["3", "x", "5"],)


def score(t):
    r = af.lm_call([{"role": "user", "content": f"rate:{t}"}], model="m")
    _, _, tail = r.partition(":")
    return int(tail.rstrip(">"))


def main(items: list):
    out = []
    for t in items:
        try:
            out.append(score(t))
        except ValueError as e:
            print("bad:", e)
            out.append(None)
    return out
