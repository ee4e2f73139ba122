"""Star-unpacking a reply inside a fanned-out loop's body beside another call."""

import autoform as af

CAUSE = 'fanout unpack'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    out = []
    for t in (a, b):
        first, *more = af.lm_call([{"role": "user", "content": t}], model="m")
        other = af.lm_call([{"role": "user", "content": t + '!'}], model="m")
        out.append((first, len(more), other))
    return out
