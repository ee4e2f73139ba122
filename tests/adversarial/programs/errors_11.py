"""sys.exit with a message after a reply check: SystemExit is the result."""

import sys

import autoform as af

CAUSE = "errors"
ARGS = ("owl",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    if a != b:
        sys.exit("replies differ: " + a)
    return a
