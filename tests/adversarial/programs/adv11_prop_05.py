"""A functools.cached_property loads the model name once, printing; main prints first."""

import functools

import autoform as af

CAUSE = "compile reads"
ARGS = ("owls",)


class Settings:
    @functools.cached_property
    def model(self):
        print("loading model setting")
        return "m"


SETTINGS = Settings()


def main(topic: str):
    print("start")
    a = af.lm_call([{"role": "user", "content": topic}], model=SETTINGS.model)
    return a
