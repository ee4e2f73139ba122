"""sum() over a generator expression of reply lengths."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["aa", "bbb"],)


def main(items: list):
    return sum(len(af.lm_call([{"role": "user", "content": it}], model="m")) for it in items)
