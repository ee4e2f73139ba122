"""A specific exception type from the model is caught; the helper has a call after it."""

import autoform as af

CAUSE = 11
ARGS = ()
FAIL = {"limit": TimeoutError}


def fetch_both():
    a = af.lm_call([{"role": "user", "content": "limit"}], model="m")
    b = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    return a, b


def main():
    before = af.lm_call([{"role": "user", "content": "before"}], model="m")
    try:
        pair = fetch_both()
    except TimeoutError:
        pair = ("timeout", "timeout")
    return [before, *pair]
