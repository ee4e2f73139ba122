"""A module message list is sent directly, then grown: each call sees the list as it was."""

import autoform as af

CAUSE = 1
ARGS = ("rust",)
MSGS = [{"role": "system", "content": "be terse"}]


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call(MSGS + [{"role": "user", "content": a}], model="m")  # noqa: RUF005
    MSGS.append({"role": "user", "content": "more"})
    c = af.lm_call(list(MSGS), model="m")
    return [b, c]
