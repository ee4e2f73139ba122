"""Two names for one list (x = y = []): appending through one shows through the other."""

import autoform as af

CAUSE = "chained-assignment-alias"
ARGS = ("deer",)


def main(topic: str):
    x = y = []
    x.append({"role": "user", "content": topic})
    a = af.lm_call(y, model="m")
    x.append({"role": "user", "content": a})
    b = af.lm_call(y, model="m")
    return [a, b]
