"""An itertools.count argument zipped with a list (infinite source)."""

import itertools

import autoform as af

CAUSE = "infinite iterator argument"
ARGS = (itertools.count(1), ["owls", "cats"])


def main(ids, names):
    out = []
    for i, s in zip(ids, names):
        out.append(af.lm_call([{"role": "user", "content": f"{i}:{s}"}], model="m"))
    return out, next(ids, None)
