"""all() over a generator, a later item fails but all() stops before it."""


import autoform as af

CAUSE = 'all genexpr stops before failure'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    return all(af.lm_call([{"role": "user", "content": t}], model="m").startswith("<m:x") for t in (a, b))
