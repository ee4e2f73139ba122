"""The model fails with an exception type of the user's."""

import autoform as af

CAUSE = "errors"


class Refused(Exception):
    pass


ARGS = ()
FAIL = {"policy": Refused}


def main():
    a = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "policy"}], model="m")
    except Refused as exc:
        b = "refused: " + str(exc)
    return [a, b]
