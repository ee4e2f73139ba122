"""A helper reads the caller's name through an aliased inspect.currentframe, per item."""

from inspect import currentframe as here

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "bats"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def labelled(q):
    return ask(here().f_back.f_code.co_name + " " + q)


def main(topics: list):
    return [labelled(t) for t in topics]
