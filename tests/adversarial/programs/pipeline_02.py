"""re.search(...).group(1) on a reply that does not match, after a print; a later call fails."""

import re

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)
FAIL = ["second"]


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("got", a)
    score = re.search(r"score=(\d+)", a).group(1)
    b = af.lm_call([{"role": "user", "content": "second"}], model="m")
    return [score, b]
