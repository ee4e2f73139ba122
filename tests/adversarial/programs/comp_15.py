"""`any` over a generator expression of calls stops at the first true item: the later
items' calls are never made."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b", "c"],)


def main(items: list):
    return any(len(af.lm_call([{"role": "user", "content": x}], model="m")) > 0 for x in items)
