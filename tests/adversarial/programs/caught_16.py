"""A helper raises its own exception (not a model failure) between calls; caught."""

import autoform as af

CAUSE = 11
ARGS = ("t",)


class Stop(Exception):
    pass


def guarded(t):
    a = af.lm_call([{"role": "user", "content": t}], model="m")
    if a:
        raise Stop("stopping after " + a)
    return af.lm_call([{"role": "user", "content": "never"}], model="m")


def main(t: str):
    try:
        return guarded(t)
    except Stop as exc:
        return str(exc)
