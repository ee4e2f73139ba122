"""A generator helper yields one reply per item; list() of it is passed to a final call."""

import autoform as af

CAUSE = 8
ARGS = (["a", "boom", "c"],)
FAIL = {"boom"}


def replies(items):
    for x in items:
        print("asking", x)
        yield af.lm_call([{"role": "user", "content": x}], model="m")


def main(items: list[str]):
    got = list(replies(items))
    return af.lm_call([{"role": "user", "content": " ".join(got)}], model="m")
