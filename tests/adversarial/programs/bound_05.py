"""A bound method whose calls go through other methods of self that keep a history."""

import autoform as af

CAUSE = 17


class Agent:
    def __init__(self):
        self.history = []

    def ask(self, q):
        self.history.append(q)
        return af.lm_call([{"role": "user", "content": " / ".join(self.history)}], model="m")

    def run(self, topic):
        a = self.ask(topic)
        b = self.ask("more")
        return [a, b, list(self.history)]


main = Agent().run
ARGS = ("seals",)
