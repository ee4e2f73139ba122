"""The failing frame's f_globals keys."""


import autoform as af

CAUSE = 'tb f_globals'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as e:
        g = e.__traceback__.tb_frame.f_globals
        print(sorted(k for k in g if not k.startswith("__")))
        rb = None
    return ra, rb
