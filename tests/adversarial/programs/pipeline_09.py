"""A local cache dict in a loop with repeated topics: each topic asked once."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "owl", "cat", "bat"],)


def main(topics: list[str]):
    cache = {}
    out = []
    for t in topics:
        if t not in cache:
            cache[t] = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(cache[t])
    return out
