"""A subscript whose index is a call on a None container: TypeError before the call."""

import autoform as af

CAUSE = 5
ARGS = (None,)
FAIL = {"index"}


def main(table):
    return table[af.lm_call([{"role": "user", "content": "index"}], model="m")]
