"""Uncaught: main's two independent calls, first fails; traceback printed by a helper that wraps nothing (sys.excepthook-like at caller)."""


import autoform as af

CAUSE = 'uncaught first fails context'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
