"""Two independent straight-line calls: the first's post-processing divides by zero, the
second call fails at the LM. Sequential raises ZeroDivisionError."""

import autoform as af

CAUSE = "straight-line post error vs LM failure"
ARGS = ("owls",)
FAIL = ["second"]


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": f"first {topic}"}], model="m")
    ratio = len(a) / (len(a) - len(a))
    b = af.lm_call([{"role": "user", "content": f"second {topic}"}], model="m")
    return ratio, b
