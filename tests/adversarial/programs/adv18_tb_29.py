"""The failing frame's code flags and varnames."""


import autoform as af

CAUSE = 'tb code attrs'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        co = exc.__traceback__.tb_frame.f_code
        print(co.co_name, co.co_qualname, co.co_firstlineno, co.co_argcount, co.co_varnames[:2])
        rb = None
    return ra, rb
