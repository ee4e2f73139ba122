"""print of a missing key of a parsed reply after an independent call that fails."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ()
FAIL = {"boom"}


def main():
    a = af.lm_call([{"role": "user", "content": '{"x": 1}'}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    print(json.loads(a[3:-1])["y"])
    return b
