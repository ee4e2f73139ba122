"""globals() read in main after a call: its keys listed."""


import autoform as af

CAUSE = 'globals keys'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    names = sorted(k for k in globals() if not k.startswith("__"))
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, names
