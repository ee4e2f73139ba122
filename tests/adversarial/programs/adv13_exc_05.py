"""Parse failures in two independent branches: each branch's reply goes through int(); the
first branch's ValueError is the one raised."""

import autoform as af

CAUSE = "two parse errors"
ARGS = ("owls",)


def score(text, label):
    reply = af.lm_call([{"role": "user", "content": f"{label}: {text}"}], model="m")
    return int(reply.strip("<>").split(":")[-1])


def main(topic: str):
    a = score(topic, "clarity")
    b = score(topic, "accuracy")
    return a + b
