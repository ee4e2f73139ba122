"""A helper catches its own failure and falls back; a second call after it in the helper."""

import autoform as af

CAUSE = 11
ARGS = ("t",)
FAIL = {"primary"}


def robust(t):
    try:
        a = af.lm_call([{"role": "user", "content": "primary " + t}], model="m")
    except RuntimeError:
        a = af.lm_call([{"role": "user", "content": "backup " + t}], model="m")
    return a


def main(t: str):
    return [robust(t), af.lm_call([{"role": "user", "content": "other " + t}], model="m")]
