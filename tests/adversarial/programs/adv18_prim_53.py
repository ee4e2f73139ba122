"""af.lm_call given an unexpected positional argument."""


import autoform as af

CAUSE = 'lm_call extra positional'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], "m")
    except TypeError as e:
        print(e)
        rb = None
    return ra, rb
