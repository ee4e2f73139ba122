"""Two independent calls both fail: the first in program order is raised."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"first": ValueError, "second": KeyError}


def main():
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    b = af.lm_call([{"role": "user", "content": "second"}], model="m")
    return a + b
