"""max() with a key lambda that asks: one request per item, the best returned."""

import autoform as af

CAUSE = "comp"
ARGS = (["a", "bb", "ccc"],)


def main(items: list[str]):
    return max(items, key=lambda x: len(af.lm_call([{"role": "user", "content": x}], model="m")))
