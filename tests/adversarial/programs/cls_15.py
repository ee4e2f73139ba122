"""A list of str an `__init__` builds, to which another method adds an object whose
`capitalize` logs: the items of `self.inputs` are not all str when `forward` runs."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
LOG = []


class Loud:
    def capitalize(self):
        LOG.append("capitalize")
        return f"Loud{len(LOG)}"


class Predict:
    def __init__(self, signature: str) -> None:
        self.inputs = [name.strip() for name in signature.split(",")]

    def add(self, item):
        self.inputs.append(item)

    def forward(self, q: str) -> str:
        lines = [f"{name.capitalize()}: {q}" for name in self.inputs]
        return af.lm_call([{"role": "user", "content": "; ".join(lines)}], model="m")


judge = Predict("question, passage")
judge.add(Loud())


def main(topic: str):
    return [judge.forward(topic + "1"), judge.forward(topic + "2"), list(LOG)]
