"""The inner loop pops from the outer's list while iterating a copy."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    pool = list(qs) * 2
    out = []
    for c in cs:
        for q in list(pool):
            out.append(ask(c + q))
            pool.pop()
            if not pool:
                pool.extend(qs)
    return out, pool
