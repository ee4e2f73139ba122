"""A generator with a print in its items' prompts (print runs interleaved with the join)."""


import autoform as af

CAUSE = 'genexpr side effects interleave'
ARGS = ("owls", "cats")


def show(t):
    print("asking", t)
    return t


def main(a: str, b: str):
    return "|".join(af.lm_call([{"role": "user", "content": show(t)}], model="m") for t in (a, b))
