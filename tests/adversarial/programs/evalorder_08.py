"""A method call on None with a call as argument: the AttributeError comes first."""

import autoform as af

CAUSE = 5
ARGS = (None,)
FAIL = {"arg"}


def main(sink):
    sink.write(af.lm_call([{"role": "user", "content": "arg"}], model="m"))
    return "written"
