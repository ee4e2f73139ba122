"""An instance's method is replaced in main by a lambda that asks with another model."""

import autoform as af

CAUSE = "patch"
ARGS = (["owls", "cats"],)


class Bot:
    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    b = Bot()
    first = b.ask(topics[0])
    b.ask = lambda q: af.lm_call([{"role": "user", "content": q}], model="other")
    return [first] + [b.ask(t) for t in topics]
