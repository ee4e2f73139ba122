"""An f-string reading a key of a parsed profile that lacks it, after a failing call and a
print: the call's failure, the print, no KeyError."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ('{"age": 3}',)
FAIL = {"bio"}


def main(profile: str):
    p = json.loads(profile)
    a = af.lm_call([{"role": "user", "content": "bio " + profile}], model="m")
    print("bio done")
    b = af.lm_call([{"role": "user", "content": f"hello {p['name']}"}], model="m")
    return [a, b]
