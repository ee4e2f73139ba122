"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: dict values() of a dict made with dict() then updated."""

import autoform as af

CAUSE = 'dict update values'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    d = dict()
    d.update(k=9 ** 9000)
    x = list(d.values())
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
