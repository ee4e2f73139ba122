"""Walk sys.exc_info()[2] with tb_next, printing co_name and tb_lineno."""

import sys

import autoform as af

CAUSE = 'tb walk'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        t = sys.exc_info()[2]
        while t is not None:
            print(t.tb_frame.f_code.co_name, t.tb_lineno)
            t = t.tb_next
        rb = None
    return ra, rb
