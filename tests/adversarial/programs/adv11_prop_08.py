"""A custom descriptor (not a property) on a settings class logs each read."""

import autoform as af

CAUSE = "compile reads"
ARGS = ("owls",)
LOG = []


class Logged:
    def __init__(self, value):
        self.value = value

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        LOG.append("read " + self.name)
        return self.value


class Settings:
    model = Logged("m")
    style = Logged("brief")


S = Settings()


def main(topic: str):
    LOG.append("start")
    a = af.lm_call([{"role": "user", "content": f"{S.style} {topic}"}], model=S.model)
    return a
