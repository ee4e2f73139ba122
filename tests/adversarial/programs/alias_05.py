"""An alias made through an attribute: holder.msgs is the same list."""

import types

import autoform as af

CAUSE = "alias"
ARGS = ("hares",)


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    holder = types.SimpleNamespace(msgs=msgs)
    a = af.lm_call([{"role": "user", "content": "x"}], model="m")
    b = af.lm_call(msgs, model="m")
    holder.msgs.append({"role": "user", "content": a})
    c = af.lm_call(msgs, model="m")
    return [b, c]
