"""A method monkeypatched on the class after the instance was made (`Predict.forward =
...`): the call must run the patched function."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
LOG = []


class Predict:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, q):
        return self.forward(q)

    def forward(self, q):
        return af.lm_call([{"role": "user", "content": f"{self.tag} {q}"}], model="m")


def noisy(self, q):
    LOG.append(q)
    return af.lm_call([{"role": "user", "content": f"noisy {q} {len(LOG)}"}], model="m")


judge = Predict("judge")
Predict.forward = noisy


def main(topic: str):
    return [judge(topic + "1"), judge(topic + "2"), list(LOG)]
