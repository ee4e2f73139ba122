"""`table[key] + ask(...)`: the KeyError comes first in Python's order."""

import autoform as af

CAUSE = 5
ARGS = ({},)


def main(table):
    return table["missing"] + af.lm_call([{"role": "user", "content": "q"}], model="m")
