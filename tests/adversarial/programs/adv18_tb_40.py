"""The caller of main, read from the failure's frame with f_back."""


import autoform as af

CAUSE = 'f_back of main'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        fb = exc.__traceback__.tb_frame.f_back
        print(fb.f_code.co_name if fb else None)
        rb = None
    return ra, rb
