"""next() on a local itertools.count(): endless, cannot raise (precision)."""

import itertools

import autoform as af

CAUSE = "stop-iteration"
ARGS = (["owl", "bat"],)


def main(topics: list[str]):
    ids = itertools.count(1)
    out = []
    for t in topics:
        out.append(f"{next(ids)}: " + af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
