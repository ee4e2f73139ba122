"""warnings.warn before an independent call that fails: the warning is still issued first;
the call after it is not made."""

import warnings

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    warnings.warn("about to ask about " + topic)  # noqa: B028
    b = af.lm_call([{"role": "user", "content": "second " + topic}], model="m")
    return [a, b]
