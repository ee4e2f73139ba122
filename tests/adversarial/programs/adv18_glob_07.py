"""The failing frame's f_lineno and f_code.co_firstlineno read in the handler."""


import autoform as af

CAUSE = 'tb f_lineno'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as e:
        fr = e.__traceback__.tb_frame
        print(fr.f_lineno, e.__traceback__.tb_lineno, e.__traceback__.tb_lasti > 0)
        rb = None
    return ra, rb
