"""An agent keeps its history in a class attribute shared by every instance; each turn's
prompt includes the history length."""

import autoform as af

CAUSE = "classstate"
ARGS = (["owls", "cats", "dogs"],)


class Agent:
    history = []

    def __init__(self, name):
        self.name = name

    def ask(self, q):
        Agent.history.append(q)
        return af.lm_call(
            [{"role": "user", "content": f"{self.name} {len(Agent.history)} {q}"}], model="m"
        )


def main(topics: list):
    Agent.history = []
    return [Agent(t[:1]).ask(t) for t in topics]
