"""A loop fills a dict keyed by a field parsed from each reply; keys collide."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)


def main(topics: list[str]):
    table = {}
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        table[r.split(":")[0]] = r
    return table
