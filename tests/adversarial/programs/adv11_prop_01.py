"""A settings object's property prints when read; main reads it once, between two calls."""

import autoform as af

CAUSE = "compile reads"
ARGS = ("owls",)


class Settings:
    @property
    def model(self):
        print("reading model setting")
        return "m"


SETTINGS = Settings()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": a[:8]}], model=SETTINGS.model)
    return [a, b]
