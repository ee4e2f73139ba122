"""any() over a generator expression of a printing helper stops at the first true: the items
after it are never checked."""

import autoform as af

CAUSE = 6
ARGS = (["a", "bad", "c"],)


def check(x):
    print("check", x)
    return x == "bad"


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    flagged = any(check(x) for x in items)
    b = af.lm_call([{"role": "user", "content": str(flagged)}], model="m")
    return [a, b]
