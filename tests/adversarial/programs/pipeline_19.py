"""sys.exit on a reply that fails validation while an independent call is in flight."""

import sys

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    c = af.lm_call([{"role": "user", "content": "other"}], model="m")
    if "owl" in a:
        print("refusing", a)
        sys.exit("owl replies are not allowed")
    return [a, c]
