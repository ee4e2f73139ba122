"""An exception raised inside a finally replaces the call's failure."""

import autoform as af

CAUSE = "errors"
ARGS = ({},)
FAIL = {"boom"}


def main(cfg: dict):
    a = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    finally:
        print("cleanup")
        level = cfg["level"]
    return [a, b, level]
