"""The compiled function is a bound method of an object."""

import autoform as af

CAUSE = 17


class Bot:
    def __init__(self, model):
        self.model = model

    def run(self, topic):
        a = af.lm_call([{"role": "user", "content": topic}], model=self.model)
        b = af.lm_call([{"role": "user", "content": topic + "?"}], model=self.model)
        return a + b


main = Bot("mm").run
ARGS = ("owls",)
