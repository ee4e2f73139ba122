"""A misspelt global in an independent call's prompt, after a print: no call is independent."""

import autoform as af

CAUSE = 7
ARGS = ("owl",)
TOPIC_HINT = "birds"


def main(topic: str):
    print("start")
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("middle")
    b = af.lm_call([{"role": "user", "content": TOPIC_HNT}], model="m")  # noqa: F821
    return [a, b]
