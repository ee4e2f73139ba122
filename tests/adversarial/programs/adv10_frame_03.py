"""sys._getframe().f_back in a lambda passed as key= to sorted: the key names the function
that called sorted."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(topics: list):
    answers = [af.lm_call([{"role": "user", "content": t}], model="m") for t in topics]
    ranked = sorted(
        answers,
        key=lambda a: (LOG.append(sys._getframe().f_back.f_code.co_name), a)[1],
    )
    return ranked
