"""A module style constant is deleted by a reset() helper; the second prompt's f-string
reads it (NameError) after a first call that is printed."""

import autoform as af

CAUSE = "deleted global in prompt"
ARGS = ("owls", "cats")
STYLE = "brief"


def reset():
    global STYLE
    del STYLE


def main(a: str, b: str):
    reset()
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    print("first:", ra)
    prompt = f"{b} in a {STYLE} style"
    rb = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return ra, rb
