"""A sub-module set in `__init__` is swapped on the instance after it is built, by a
method: the call through the attribute is not the `Predict` the constructor made."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
LOG = []


class Predict:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, q):
        return af.lm_call([{"role": "user", "content": f"{self.tag} {q}"}], model="m")


class Loud:
    def __call__(self, q):
        LOG.append(q)
        return af.lm_call([{"role": "user", "content": f"loud {q} {len(LOG)}"}], model="m")


class Program:
    def __init__(self):
        self.judge = Predict("judge")

    def louder(self):
        self.judge = Loud()

    def forward(self, q):
        return [self.judge(q + "1"), self.judge(q + "2"), len(LOG)]


program = Program()
program.louder()


def main(topic: str):
    return program.forward(topic)
