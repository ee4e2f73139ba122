"""print_stack inside main after a call."""

import traceback

import autoform as af

CAUSE = 'print_stack'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    frames = traceback.extract_stack()
    print(frames[-1].name, frames[-1].lineno, frames[-1].line)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
