"""An assert inside a loop whose message asks: asserts hold, no call for the message."""

import autoform as af

CAUSE = 6
ARGS = (["aa", "bb", "cc"],)


def main(items: list):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        assert r, af.lm_call([{"role": "user", "content": "empty " + it}], model="m")
        out.append(r)
    return out
