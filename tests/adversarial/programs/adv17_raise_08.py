"""A module constant separator that a helper rebinds to an empty string; replies split on
it between two independent calls."""

import autoform as af

CAUSE = "module constant rebound to empty sep"
ARGS = ("owls", "cats", "chars")
SEP = ":"


def set_mode(mode):
    global SEP
    SEP = "" if mode == "chars" else ":"


def main(a: str, b: str, mode: str):
    set_mode(mode)
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        parts = ra.split(SEP)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return parts, rb
    except ValueError as e:
        return f"error: {e}"
