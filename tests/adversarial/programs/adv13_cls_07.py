"""A classic bug made deliberate: `history = []` as a class attribute is shared by every
Agent; each agent's prompt quotes how long "its" history is."""

import autoform as af

CAUSE = "class attribute shared list"
ARGS = (["owls", "cats", "dogs"],)


class Agent:
    history = []

    def __init__(self, topic):
        self.topic = topic

    def run(self):
        self.history.append(self.topic)
        return af.lm_call(
            [{"role": "user", "content": f"{self.topic} (history {len(self.history)})"}], model="m"
        )


def main(items: list):
    return [Agent(t).run() for t in items]
