r"""Straight-line: the first reply is put into a container with re.sub(r'\w+', lambda m: bag.append(m.group()) or '', a); the second prompt
reads the container, so it must wait for the first."""

import re

import autoform as af

CAUSE = "re.sub callback appends"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    re.sub(r"\w+", lambda m: bag.append(m.group()) or "", a)
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
