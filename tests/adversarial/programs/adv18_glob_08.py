"""The code object's positions of the failing instruction (co_positions)."""


import autoform as af

CAUSE = 'tb positions'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as e:
        t = e.__traceback__
        pos = list(t.tb_frame.f_code.co_positions())[t.tb_lasti // 2]
        print(pos)
        rb = None
    return ra, rb
