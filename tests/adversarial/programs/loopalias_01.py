"""A helper hands back its argument, the message list; the caller appends to what
it got, and a later call sends the list: it sees the append."""

import autoform as af

CAUSE = "alias"
ARGS = ("owls",)


def ensure(msgs):
    return msgs


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    a = af.lm_call([{"role": "user", "content": "warm up " + topic}], model="m")
    m = ensure(msgs)
    m.append({"role": "assistant", "content": a})
    b = af.lm_call(msgs, model="m")
    return [a, b]
