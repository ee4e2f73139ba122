"""A list stored in a dict is sent via the dict, and mutated via the list."""

import autoform as af

CAUSE = "alias"
ARGS = ("clams",)


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    req = {"messages": msgs}
    pre = af.lm_call([{"role": "user", "content": "pre"}], model="m")
    a = af.lm_call(req["messages"], model="m")
    msgs.append({"role": "user", "content": pre})
    b = af.lm_call(req["messages"], model="m")
    return [a, b]
