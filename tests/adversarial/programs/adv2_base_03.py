"""sys.exit() in a validating helper between two independent calls; the first fails."""

import sys

import autoform as af

CAUSE = "deferred"
ARGS = ("",)
FAIL = {"boom"}


def need(t):
    if not t:
        sys.exit("no topic")
    return t


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": need(topic)}], model="m")
    return [a, b]
