"""The caller passes the strip characters as two strings by mistake (a tuple unpacked into
strip): TypeError; the first call's failure comes first in the sequential run."""

import autoform as af

CAUSE = "strip two args from caller"
ARGS = ("owls", "  cats  ", " ", "\n")
FAIL = ["owls"]


def main(a: str, b: str, c1: str, c2: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    clean = b.strip(c1, c2)
    rb = af.lm_call([{"role": "user", "content": clean}], model="m")
    return ra, rb
