"""A failure in an except handler chains onto the first failure."""

import autoform as af

CAUSE = "control"
ARGS = ()
FAIL = {"first", "handler"}


def main():
    try:
        return af.lm_call([{"role": "user", "content": "first"}], model="m")
    except RuntimeError:
        return af.lm_call([{"role": "user", "content": "handler"}], model="m")
