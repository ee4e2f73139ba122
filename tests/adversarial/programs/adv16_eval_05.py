"""Left operand is a subscript of a reply-derived dict that may miss: `table[k] + ask()`
raises KeyError before asking; caught per item."""

import re

import autoform as af

CAUSE = "left subscript raises"
ARGS = (["owls:1", "cats:9", "dogs:2"],)
TABLE = {"1": "one ", "2": "two "}


def main(items: list):
    out = []
    for item in items:
        name, num = re.match(r"(\w+):(\d)", item).groups()
        try:
            out.append(TABLE[num] + af.lm_call([{"role": "user", "content": name}], model="m"))
        except KeyError:
            out.append(None)
    return out
