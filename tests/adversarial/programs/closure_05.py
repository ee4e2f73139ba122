"""A closure that prints is passed as sorted()'s key after a failing call."""

import autoform as af

CAUSE = "closure"
ARGS = (["bb", "a"],)
FAIL = {"rank"}


def main(items: list):
    def key(x):
        print("key", x)
        return len(x)

    r = af.lm_call([{"role": "user", "content": "rank"}], model="m")
    return [r, sorted(items, key=key)]
