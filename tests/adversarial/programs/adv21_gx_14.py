"""zip/enumerate inside a genexp in a loop inside try; break midway."""

import autoform as af

CAUSE = "genexp in loop in try"
ARGS = (["owls", "cats"], ["x", "y"])
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items, suffixes):
    res = []
    try:
        for n in range(3):
            res.append(",".join(f"{i}{ask(t + s)}" for i, (t, s) in enumerate(zip(items, suffixes))))
            if n == 1:
                break
    except RuntimeError:
        res = None
    return res
