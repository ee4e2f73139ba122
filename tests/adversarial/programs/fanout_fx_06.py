"""A helper prints, then its second item's call fails: the prints up to the failure."""

import autoform as af

CAUSE = 3
ARGS = (["one", "two-FAIL", "three"],)
FAIL = {"FAIL"}


def step(q):
    print("start", q)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(items: list):
    out = []
    for q in items:
        out.append(step(q))
    return out
