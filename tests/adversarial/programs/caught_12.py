"""A failure caught in the caller; the helper had two independent calls after the failing one."""

import autoform as af

CAUSE = 11
ARGS = ("t",)
FAIL = {"gate"}


def guarded(t):
    gate = af.lm_call([{"role": "user", "content": "gate " + t}], model="m")
    left = af.lm_call([{"role": "user", "content": "left " + t}], model="m")
    right = af.lm_call([{"role": "user", "content": "right " + t}], model="m")
    return [gate, left, right]


def main(t: str):
    try:
        return guarded(t)
    except RuntimeError:
        return ["closed"]
