"""Both calls' results unpacked: two helpers returning pairs."""

import autoform as af

CAUSE = 'gather unpack two'
ARGS = ("owls", "cats")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a: str, b: str):
    ra, ta = ask(a)
    rb, tb = ask(b)
    return ra, ta, rb, tb
