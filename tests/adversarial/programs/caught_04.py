"""A helper's middle call fails; the caller catches it; the third call must not be made."""

import autoform as af

CAUSE = 11
ARGS = ()
FAIL = {"middle"}


def three():
    x = af.lm_call([{"role": "user", "content": "start"}], model="m")
    y = af.lm_call([{"role": "user", "content": "middle"}], model="m")
    z = af.lm_call([{"role": "user", "content": "end"}], model="m")
    return x + y + z


def main():
    try:
        return three()
    except RuntimeError as exc:
        return "caught " + str(exc)
