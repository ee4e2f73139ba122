"""A reply is stored into a message dict that an earlier call in flight was sent."""

import autoform as af

CAUSE = "alias"
ARGS = ("snail",)


def main(topic: str):
    msg = {"role": "user", "content": topic}
    a = af.lm_call([{"role": "user", "content": "slow one"}], model="m")
    b = af.lm_call([msg], model="m")
    msg.update(content=a)
    return [a, b, msg["content"]]
