"""The frame locals of the failing frame are listed."""


import autoform as af

CAUSE = 'tb f_locals'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        print(sorted(exc.__traceback__.tb_frame.f_locals))
        rb = None
    return ra, rb
