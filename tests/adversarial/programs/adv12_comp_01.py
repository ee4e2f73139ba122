"""The model name is a class attribute answered by a metaclass __getattr__ that prints."""

import autoform as af

CAUSE = "compile reads metaclass getattr"
ARGS = ("owls",)


class Lazy(type):
    def __getattr__(cls, name):
        print("loading", name)
        return "m"


class Settings(metaclass=Lazy):
    pass


def main(topic: str):
    print("start")
    return af.lm_call([{"role": "user", "content": topic}], model=Settings.model)
