"""A scratch name is deleted after the first call and then read in the second prompt
(UnboundLocalError); the first call fails first in the sequential run."""

import autoform as af

CAUSE = "del then read"
ARGS = ("owls", "cats")
FAIL = ["owls"]


def main(a: str, b: str):
    scratch = b
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    del scratch
    rb = af.lm_call([{"role": "user", "content": f"{scratch}"}], model="m")
    return ra, rb
