"""A generator of LM calls zipped with a shorter list: zip stops early."""


import autoform as af

CAUSE = 'zip genexpr'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    return list(zip([1], (af.lm_call([{"role": "user", "content": t}], model="m") for t in (a, b))))
