"""json.loads with an object_hook that prints, on a reply, after an independent call that
fails: the hook never runs."""

import json

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


def hook(d):
    print("hook", sorted(d))
    return d


def main():
    a = af.lm_call([{"role": "user", "content": '{"k": 1}'}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    data = json.loads(a[3:-1], object_hook=hook)
    c = af.lm_call([{"role": "user", "content": str(data)}], model="m")
    return [b, c]
