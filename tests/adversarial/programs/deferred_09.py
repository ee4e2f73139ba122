"""A step that raises feeds two later calls (two chains); an independent call between them
fails later in program order: the step's IndexError comes first."""

import autoform as af

CAUSE = "deferred"
ARGS = ("ada",)
FAIL = {"late"}


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "one " + q}], model="m")
    b = af.lm_call([{"role": "user", "content": "two " + q}], model="m")
    word = b.split(":")[2]
    c = af.lm_call([{"role": "user", "content": "late " + q}], model="m")
    d = af.lm_call([{"role": "user", "content": "x " + word + a}], model="m")
    e = af.lm_call([{"role": "user", "content": "y " + word}], model="m")
    return [c, d, e]
