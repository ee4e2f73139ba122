"""A class decorator installs an effectful __str__ (through a closure, no setattr): the
decorator assigns cls.__str__ = ... ."""

import autoform as af

CAUSE = "dunder installed by class decorator"
LOG = []


def loud(cls):
    def show(self):
        LOG.append(f"show {self.name}")
        return self.name

    cls.__str__ = show
    return cls


@loud
class Topic:
    def __init__(self, name):
        self.name = name


ARGS = ([Topic("owls"), Topic("cats"), Topic("dogs")],)


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": f"About {t}"}], model="m"))
    return out
