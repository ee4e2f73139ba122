"""Method of an agent: it takes a local name for its memory list (`mem = self.memory`),
appends each reply to it, and each prompt quotes `len(self.memory)`."""

import autoform as af

CAUSE = "attribute alias local"
ARGS = (["owls", "cats", "dogs"],)


class Agent:
    def __init__(self):
        self.memory = []

    def run(self, items):
        mem = self.memory
        for t in items:
            mem.append(
                af.lm_call(
                    [{"role": "user", "content": f"{t} ({len(self.memory)} remembered)"}], model="m"
                )
            )
        return mem


def main(items: list):
    return Agent().run(items)
