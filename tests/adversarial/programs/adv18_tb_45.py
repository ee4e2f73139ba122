"""getattr(frame, 'f_locals') through a computed attribute name."""


import autoform as af

CAUSE = 'getattr f_locals'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        fr = exc.__traceback__.tb_frame
        print(sorted(getattr(fr, "f_" + "locals")))
        rb = None
    return ra, rb
