"""operator.setitem on a module dict through functools.partial after each reply."""

import functools
import operator

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)
LAST = {}
_remember = functools.partial(operator.setitem, LAST, "last")


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} {LAST.get('last', '-')[:8]}"}], model="m")
        _remember(r)
        out.append(r)
    return out
