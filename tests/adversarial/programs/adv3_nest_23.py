"""The inner loop runs over the items of a dict the earlier outer items filled."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    d = {}
    for c in cs:
        d[c] = c.upper()
        for k, v in list(d.items()):
            print(c, k)
            ask(k + v)
    return d
