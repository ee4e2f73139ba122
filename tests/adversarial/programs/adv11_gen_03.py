"""itertools.islice over an effectful counter generator; each item is asked about."""

import itertools

import autoform as af

CAUSE = "generator"
ARGS = ("owls",)
LOG = []


def counter():
    n = 0
    while True:
        LOG.append(f"tick {n}")
        yield n
        n += 1


def main(topic: str):
    out = []
    for n in itertools.islice(counter(), 3):
        out.append(af.lm_call([{"role": "user", "content": f"{topic} {n}"}], model="m"))
    return out
