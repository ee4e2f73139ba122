"""sum() over a generator expression of reply lengths."""

import autoform as af

CAUSE = "comp"
ARGS = (["a", "bb", "ccc"],)


def main(items: list[str]):
    total = sum(len(af.lm_call([{"role": "user", "content": x}], model="m")) for x in items)
    return total
