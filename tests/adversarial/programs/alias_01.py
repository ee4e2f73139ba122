"""A message list is sent, then appended to after a later call: the first call saw it unextended."""

import autoform as af

CAUSE = "alias"
ARGS = ("gulls",)


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    a = af.lm_call([{"role": "user", "content": "warm up"}], model="m")
    b = af.lm_call(msgs, model="m")
    msgs.append({"role": "assistant", "content": a})
    c = af.lm_call(msgs, model="m")
    return [b, c]
