"""next() inside a generator expression given to list(): a RuntimeError as written too."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([["a"], []],)


def main(groups: list):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    try:
        heads = list(next(iter(g)) for g in groups)
    except RuntimeError as exc:
        heads = [str(exc)]
    return [a, heads]
