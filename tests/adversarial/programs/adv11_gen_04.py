"""groupby over documents sorted by a key function that logs; one call per group."""

import itertools

import autoform as af

CAUSE = "generator"
ARGS = (["apple", "avocado", "banana", "blueberry", "cherry"],)
LOG = []


def first(w):
    LOG.append("key " + w)
    return w[0]


def main(words: list):
    out = {}
    for k, grp in itertools.groupby(sorted(words, key=first), key=first):
        g = list(grp)
        out[k] = af.lm_call([{"role": "user", "content": f"{k}: {', '.join(g)}"}], model="m")
    return out
