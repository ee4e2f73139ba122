"""The failing frame's globals and the code object's co_filename."""


import autoform as af

CAUSE = 'tb code filename'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        co = exc.__traceback__.tb_frame.f_code
        print(co.co_filename.endswith("adv18_tb_46.py"), co.co_flags & 0x80, co.co_nlocals)
        rb = None
    return ra, rb
