"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: list of ints built with a comprehension over a list that append grew."""

import autoform as af

CAUSE = 'comprehension over appended list'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    src = []
    src.append(9 ** 9000)
    x = [v for v in src]
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
