"""A config class whose metaclass answers missing class attributes (and logs)."""

import autoform as af

CAUSE = "compile reads"
ARGS = ("owls",)
LOG = []


class Meta(type):
    def __getattr__(cls, name):
        LOG.append("meta " + name)
        return name.lower()


class Config(metaclass=Meta):
    pass


def main(topic: str):
    LOG.append("start")
    a = af.lm_call([{"role": "user", "content": topic}], model=Config.M)
    return a
