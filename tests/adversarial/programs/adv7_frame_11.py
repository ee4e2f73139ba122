"""A method names its caller in the prompt (sys._getframe(1) in a method)."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)


class Agent:
    def __init__(self, model):
        self.model = model

    def ask(self, q):
        caller = sys._getframe(1).f_code.co_name
        return af.lm_call([{"role": "user", "content": caller + ": " + q}], model=self.model)


agent = Agent("m")


def main(topic: str):
    a = agent.ask(topic)
    b = agent.ask(a[:6])
    c = agent.ask(topic + "?")
    return [a, b, c]
