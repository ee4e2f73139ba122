"""A failed regex match's .group after an independent call that fails: AttributeError only
if the call succeeded."""

import re

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic}], model="m")
    m = re.search(r"<answer>(.*)</answer>", b)
    c = af.lm_call([{"role": "user", "content": m.group(1)}], model="m")
    return [a, c]
