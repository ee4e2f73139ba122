"""main's independent calls: the second fails quickly, the first fails later; main's outer except prints context."""


import autoform as af

CAUSE = 'both fail main'
ARGS = ("owls", "cats")
FAIL = ['owls', 'cats']


def main(a: str, b: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return ra, rb
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
        return None
