"""An exception raised in `finally` replaces the model's failure."""

import autoform as af

CAUSE = "syntax"
ARGS = ()
FAIL = {"boom"}


def main():
    try:
        return af.lm_call([{"role": "user", "content": "boom"}], model="m")
    finally:
        raise KeyError("from finally")
