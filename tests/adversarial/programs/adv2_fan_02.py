"""A fanned-out loop's body catches int()'s ValueError and prints; item 2's call fails."""

import autoform as af

CAUSE = "deferred"
ARGS = (["a", "boom", "c"],)
FAIL = {"boom"}


def main(items: list[str]):
    out = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        try:
            n = int(r)
        except ValueError:
            print("not a number", x)
            n = -1
        out.append(n)
    return out
