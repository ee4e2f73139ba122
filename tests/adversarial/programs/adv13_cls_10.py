"""The model is a class attribute read through self; main upgrades the class's model between
two agents' calls."""

import autoform as af

CAUSE = "class attribute model"
ARGS = ("owls",)


class Agent:
    model = "small"

    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model=self.model)


def main(topic: str):
    a, b = Agent(), Agent()
    r1 = a.ask(topic)
    Agent.model = "large"
    r2 = b.ask(topic)
    b.model = "custom"
    r3 = a.ask(topic + "?")
    return r1, r2, r3
