"""A local list aliased via a tuple unpacking swap; the rest appends through one name, the
prompt reads the other."""

import autoform as af

CAUSE = "alias through unpacking swap"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    a, b = [], {}
    a, b = b, a
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} {len(a)}"}], model="m")
        b.append(r)
    return b
