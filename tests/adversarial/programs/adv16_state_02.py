"""A memo cache in a module dict filled by a helper; the batch repeats a topic, and the
second time it must be served from the cache (no second request)."""

import autoform as af

CAUSE = "memo cache dict"
ARGS = (["owls", "cats", "owls", "dogs", "cats"],)
_MEMO = {}
STATS = {"hits": 0}


def lookup(t):
    if t in _MEMO:
        STATS["hits"] += 1
        return _MEMO[t]
    r = af.lm_call([{"role": "user", "content": f"define {t}"}], model="m")
    _MEMO[t] = r
    return r


def main(items: list):
    return [lookup(t) for t in items], STATS["hits"]
