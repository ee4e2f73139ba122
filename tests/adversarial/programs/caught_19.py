"""In a helper, a block that needs no earlier call follows a failing call; caller catches."""

import autoform as af

CAUSE = 11
ARGS = (True,)
FAIL = {"gate"}


def helper(flag):
    a = af.lm_call([{"role": "user", "content": "gate"}], model="m")
    if flag:  # noqa: SIM108
        b = af.lm_call([{"role": "user", "content": "branch call"}], model="m")
    else:
        b = "none"
    return a + b


def main(flag: bool):
    try:
        return helper(flag)
    except RuntimeError:
        return "caught"
