"""`__getattr__` supplies a sub-module no `__init__` sets; `__setattr__` records stores."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
LOG = []


class Predict:
    def __call__(self, q):
        LOG.append(q)
        return af.lm_call([{"role": "user", "content": f"{q} {len(LOG)}"}], model="m")


class Lazy:
    def __getattr__(self, name):
        return Predict()


class Recorded:
    def __init__(self):
        self.judge = Predict()

    def __setattr__(self, name, value):
        LOG.append(name)
        object.__setattr__(self, name, value)


def main(topic: str):
    lazy, rec = Lazy(), Recorded()
    return [lazy.judge(topic + "1"), rec.judge(topic + "2"), lazy.judge(topic + "3"), list(LOG)]
