"""A BaseException subclass from the LM is not caught by except Exception around it."""

import autoform as af

CAUSE = "errors"


class Halt(BaseException):
    pass


ARGS = ()
FAIL = {"boom": Halt}


def main():
    a = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    except Exception:
        print("caught")
        b = None
    c = af.lm_call([{"role": "user", "content": "after"}], model="m")
    return [a, b, c]
