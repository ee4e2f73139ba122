"""json.loads with parse_int=a helper that appends to a module list, in a call's argument
after an independent call that fails."""

import json

import autoform as af

CAUSE = 7
ARGS = ('{"k": 12}',)
FAIL = {"boom"}
SEEN = []


def parse_int(s):
    SEEN.append(s)
    return int(s)


def main(doc: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call(
        [{"role": "user", "content": str(json.loads(doc, parse_int=parse_int))}], model="m"
    )
    return [a, b]
