"""Loop over a generator whose next() prints (side effect in the source)."""

import autoform as af

CAUSE = "generator source prints"
ARGS = (["owls", "cats", "dogs"],)


def gen(items):
    for t in items:
        print("yield", t)
        yield t


def main(items: list):
    out = []
    for t in gen(items):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print("got", r)
        out.append(r)
    return out
