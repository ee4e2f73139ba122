"""A class-level property through a metaclass (the model name of a Settings class); it logs."""

import autoform as af

CAUSE = "property"
ARGS = ("owls",)
LOG = []


class SettingsMeta(type):
    @property
    def model(cls):
        LOG.append("model read")
        return "m"


class Settings(metaclass=SettingsMeta):
    pass


def main(topic: str):
    LOG.append("start")
    return af.lm_call([{"role": "user", "content": topic}], model=Settings.model)
