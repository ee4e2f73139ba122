"""An exception raised while handling the model's failure keeps it as __context__."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"first"}


def inner():
    try:
        return af.lm_call([{"role": "user", "content": "first"}], model="m")
    except RuntimeError:
        b = af.lm_call([{"role": "user", "content": "other"}], model="m")
        raise ValueError("wrapped " + b) from None


def main():
    try:
        return inner()
    except ValueError as exc:
        return [str(exc), exc.__suppress_context__, repr(exc.__cause__)]
