"""A helper reads its module's globals() keys (helper compiled too)."""


import autoform as af

CAUSE = 'helper globals'
ARGS = ("owls", "cats")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, sorted(k for k in globals() if not k.startswith("__"))


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb
