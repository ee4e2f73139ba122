"""A loop edits each message dict in place after they were sent."""

import autoform as af

CAUSE = "alias"
ARGS = ("mice",)


def main(topic: str):
    msgs = [{"role": "user", "content": topic}, {"role": "user", "content": "more"}]
    warm = af.lm_call([{"role": "user", "content": "warm"}], model="m")
    a = af.lm_call(msgs, model="m")
    for m in msgs:
        m["content"] = m["content"] + warm
    b = af.lm_call(msgs, model="m")
    return [a, b]
