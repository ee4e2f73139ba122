"""The failing frame's co_flags tested for CO_COROUTINE via inspect."""


import autoform as af

CAUSE = 'inspect iscoroutine frame'
ARGS = ("owls", "cats")
FAIL = ['cats']


import inspect


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as e:
        print(inspect.iscoroutinefunction(e.__traceback__.tb_frame.f_code), bool(e.__traceback__.tb_frame.f_code.co_flags & inspect.CO_COROUTINE))
        rb = None
    return ra, rb
