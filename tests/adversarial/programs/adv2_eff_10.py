"""map() of a helper that prints, joined into a call's prompt after a call that fails."""

import autoform as af

CAUSE = 7
ARGS = (["a", "b"],)
FAIL = {"boom"}


def noisy(x):
    print("mapping", x)
    return x.upper()


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": " ".join(map(noisy, items))}], model="m")
    return [a, b]
