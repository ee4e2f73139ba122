"""A generator source with a finally that prints; item 2's call fails: the generator is
closed as the failure leaves the loop."""

import autoform as af

CAUSE = 8
ARGS = (["a", "boom", "c"],)
FAIL = {"boom"}


def gen(items):
    try:
        for x in items:
            print("yield", x)
            yield x
    finally:
        print("gen closed")


def main(items: list[str]):
    out = []
    try:
        for x in gen(items):
            out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    except RuntimeError:
        print("caught")
    return out
