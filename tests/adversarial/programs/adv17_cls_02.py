"""A Pipeline base with a template method; a subclass keeps a step counter on self that
the prompt reads, and a class-level registry records each instance's name."""

import autoform as af

CAUSE = "template method subclass counter"
ARGS = (["owls", "cats"],)


class Pipeline:
    registry = []

    def __init__(self, name):
        self.name = name
        self.steps = 0
        Pipeline.registry.append(name)

    def prompt(self, t):
        return t

    def __call__(self, t):
        self.steps += 1
        return af.lm_call([{"role": "user", "content": self.prompt(t)}], model="m")


class Numbered(Pipeline):
    def prompt(self, t):
        return f"[{self.name} #{self.steps}] {super().prompt(t)}"


def main(items: list):
    p = Numbered("num")
    q = Numbered("alt")
    out = [(p(t), q(t + "!")) for t in items]
    return out, list(Pipeline.registry), p.steps + q.steps
