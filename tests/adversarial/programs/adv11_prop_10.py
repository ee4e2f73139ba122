"""The model name is a module-level object whose __hash__, __eq__, __bool__ and __len__
log; main only passes it on."""

import autoform as af

CAUSE = "property"
ARGS = ("owls",)
LOG = []


class ModelName:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        LOG.append("hash")
        return hash(self.name)

    def __eq__(self, other):
        LOG.append("eq")
        return self is other

    def __bool__(self):
        LOG.append("bool")
        return True

    def __len__(self):
        LOG.append("len")
        return 1

    def __str__(self):
        return self.name


MODEL = ModelName("m")


def main(topic: str):
    LOG.append("start")
    a = af.lm_call([{"role": "user", "content": topic}], model=MODEL)
    return a
