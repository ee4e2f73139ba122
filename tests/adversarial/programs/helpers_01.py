"""A generator helper yields replies lazily; the function prints each as it comes."""

import autoform as af

CAUSE = "helpers"
ARGS = (["a", "b", "c"],)
FAIL = {"c"}


def answers(items):
    for it in items:
        yield af.lm_call([{"role": "user", "content": it}], model="m")


def main(items: list):
    out = []
    for r in answers(items):
        print("got", r)
        out.append(r)
    return out
