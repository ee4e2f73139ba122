"""try/finally around a failing call, a print in finally, then a call that is never made."""

import autoform as af

CAUSE = 11
ARGS = ()
FAIL = {"bad"}


def work():
    a = af.lm_call([{"role": "user", "content": "slow"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "bad"}], model="m")
    finally:
        print("cleanup")
    c = af.lm_call([{"role": "user", "content": "never"}], model="m")
    return a + b + c


def main():
    try:
        return work()
    except RuntimeError:
        return "failed"
