"""The pipeline calls a bound method stored in a local variable, twice."""

import autoform as af

CAUSE = 17
ARGS = ("crows",)


class Bot:
    def __init__(self, model):
        self.model = model

    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model=self.model)


def main(topic: str):
    ask = Bot("bm").ask
    return [ask(topic), ask(topic + "!")]
