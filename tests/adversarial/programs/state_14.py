"""A helper method of a module object reads its own list that main fills in between."""

import autoform as af

CAUSE = 1
ARGS = ("lynx",)


class Memory:
    def __init__(self):
        self.facts = []

    def ask(self, q):
        facts = "; ".join(self.facts)
        return af.lm_call([{"role": "user", "content": f"{q} [{facts}]"}], model="m")


MEM = Memory()


def main(topic: str):
    a = MEM.ask(topic)
    MEM.facts.append("it is a cat")
    b = MEM.ask(topic)
    return [a, b]
