"""`__init__` replaced on the class after the program object was made: the object's
sub-module is what the old `__init__` set (one that logs), not what the new one sets."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
LOG = []


class Quiet:
    def __call__(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


class Loud:
    def __call__(self, q):
        reply = af.lm_call([{"role": "user", "content": f"{q} {len(LOG)}"}], model="m")
        LOG.append(reply)
        return reply


class Program:
    def __init__(self):
        self.judge = Loud()

    def forward(self, q):
        return [self.judge(q + "1"), self.judge(q + "2"), len(LOG)]


def quiet_init(self):
    self.judge = Quiet()


program = Program()
Program.__init__ = quiet_init


def main(topic: str):
    return program.forward(topic)
