"""A module-level client wrapper whose `chat` property logs every access; main asks through
a helper that reads it."""

import autoform as af

CAUSE = "compile reads"
ARGS = ("owls",)
LOG = []


class Wrapper:
    @property
    def chat(self):
        LOG.append("chat accessed")
        return self

    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


W = Wrapper()


def main(topic: str):
    a = W.chat.ask(topic)
    b = W.chat.ask(topic + "s")
    return [a, b]
