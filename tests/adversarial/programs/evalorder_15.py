"""The left call fails, the right call is never made: the first failure in evaluation order."""

import autoform as af

CAUSE = 5
ARGS = ()
FAIL = {"left": ValueError, "right": KeyError}


def main():
    a = af.lm_call([{"role": "user", "content": "left"}], model="m") + af.lm_call(
        [{"role": "user", "content": "right"}], model="m"
    )
    return a
