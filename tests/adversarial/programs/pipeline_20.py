"""Two independent calls both fail: the first in program order is raised, prints kept."""

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)
FAIL = ["first", "second"]


def main(topic: str):
    print("start")
    a = af.lm_call([{"role": "user", "content": "second " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    print("never")
    return [a, b]
