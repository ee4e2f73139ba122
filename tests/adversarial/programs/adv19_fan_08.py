"""The collect list is a parameter's list (also returned by identity)."""

import autoform as af

CAUSE = "collect into parameter list"
ARGS = (["owls", "cats", "dogs"], ["seed"])


def main(items: list, acc: list):
    for t in items:
        acc.append(af.lm_call([{"role": "user", "content": t + str(len(acc))}], model="m"))
    return acc
