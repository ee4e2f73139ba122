"""A helper looks its first reply up in a table (KeyError) before a second call; caught."""

import autoform as af

CAUSE = 11
ARGS = ("route",)
ROUTES = {"<m:elsewhere>": "x"}


def routed(q):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    target = ROUTES[a]
    b = af.lm_call([{"role": "user", "content": "summary"}], model="m")
    return target + b


def main(q: str):
    try:
        return routed(q)
    except KeyError:
        return "no route"
