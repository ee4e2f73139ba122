"""Nested comprehension where the inner variable shadows the outer one."""

import autoform as af

CAUSE = "nested comprehension shadowing"
ARGS = (["ab", "cd"],)


def main(items: list):
    return [[af.lm_call([{"role": "user", "content": t}], model="m") for t in t] for t in items]
