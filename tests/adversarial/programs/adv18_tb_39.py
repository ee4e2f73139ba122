"""inspect.getargvalues of the failing frame reads its locals."""


import autoform as af

CAUSE = 'getargvalues'
ARGS = ("owls", "cats")
FAIL = ['cats']


import inspect


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        info = inspect.getargvalues(exc.__traceback__.tb_frame)
        print(info.args, sorted(info.locals))
        rb = None
    return ra, rb
