"""A string attribute grown with `+=` by a method, read by the next call: `+=` on an
attribute changes the object, whatever the value's type."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)


class Agent:
    def __init__(self) -> None:
        self.transcript = ""

    def step(self, q: str) -> str:
        reply = af.lm_call([{"role": "user", "content": self.transcript + q}], model="m")
        self.transcript += reply
        return reply


def main(topic: str):
    agent = Agent()
    first = agent.step(topic + "1")
    second = agent.step(topic + "2")
    return [first, second, agent.transcript]
