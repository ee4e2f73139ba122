"""n: int is given a float: range(n) raises TypeError after a print and an independent call
that fails."""

import autoform as af

CAUSE = 7
ARGS = ("owls", 2.0)
FAIL = {"boom"}


def main(topic: str, n: int):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    print("preparing")
    parts = [topic] * len(range(n))
    b = af.lm_call([{"role": "user", "content": " ".join(parts)}], model="m")
    return [a, b]
