"""int() of a str parameter that is not a number, in a branch this run takes, after a call
that fails: the call's failure."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls", True)
FAIL = {"first"}


def main(topic: str, strict: bool):
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    if strict:  # noqa: SIM108
        n = int(topic)
    else:
        n = 0
    b = af.lm_call([{"role": "user", "content": str(n)}], model="m")
    return [a, b]
