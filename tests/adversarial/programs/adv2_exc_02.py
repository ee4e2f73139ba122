"""The LM raises SystemExit for the second of two independent calls."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"boom": SystemExit}


def main():
    a = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    c = af.lm_call([{"role": "user", "content": "third"}], model="m")
    return [a, b, c]
