"""An except ValueError around a failing call and an int() that would raise: the call's
RuntimeError is not caught, and the except does not print."""

import autoform as af

CAUSE = "deferred"
ARGS = ()
FAIL = {"boom"}


def main():
    b = af.lm_call([{"role": "user", "content": "two"}], model="m")
    try:
        a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
        n = int(b)
    except ValueError:
        print("bad number")
        a, n = None, 0
    return [a, n]
