"""An explicit raise on a parameter check, after an independent call that fails."""

import autoform as af

CAUSE = "deferred"
ARGS = ("",)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    if not topic:
        raise ValueError("topic is empty")
    b = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, b]
