"""The exception caught then re-raised later after another call; the final failure is the program's."""


import autoform as af

CAUSE = 'reraise later'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        saved = exc
        rb = None
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    if rb is None:
        raise saved
    return ra, rb
