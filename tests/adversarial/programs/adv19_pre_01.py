"""The prompt of the third item raises AttributeError (an int has no upper) after the
first items printed their replies."""

import autoform as af

CAUSE = "pre-call error after prints"
ARGS = (["owls", "cats", 3, "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t.upper()}], model="m")
        print("got", r)
        out.append(r)
    return out
