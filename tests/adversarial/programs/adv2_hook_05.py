"""re.sub with a replacement function that counts into a module list, in a call's argument
after an independent call that fails."""

import re

import autoform as af

CAUSE = 7
ARGS = ("a1b2",)
FAIL = {"boom"}
SEEN = []


def repl(m):
    SEEN.append(m.group(0))
    return "#"


def main(text: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": re.sub(r"\d", repl, text)}], model="m")
    return [a, b]
