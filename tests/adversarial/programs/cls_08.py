"""An attribute typed by `__init__` as a str, but a property on a subclass's base
reads it through code with an effect."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
LOG = []


class Base:
    @property
    def model(self):
        LOG.append("model read")
        return "m"


class Bot(Base):
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def ask(self, q: str) -> str:
        return af.lm_call([{"role": "user", "content": f"{self.tag} {q}"}], model=self.model)


def main(topic: str):
    bot = Bot("t")
    return [bot.ask(topic + "1"), bot.ask(topic + "2"), len(LOG)]
