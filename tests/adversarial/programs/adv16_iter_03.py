"""A generator expression over a range, consumed by next() in each item's prompt and by a
zip after the loop."""

import autoform as af

CAUSE = "generator consumed across items"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    nums = (i * i for i in range(10))
    out = []
    for t in items:
        k = next(nums, -1)
        out.append(af.lm_call([{"role": "user", "content": f"{t} #{k}"}], model="m"))
    rest = list(zip(nums, "ab"))
    return out, rest
