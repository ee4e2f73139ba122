"""Straight-line: a settings proxy's __getattr__ counts lookups; an independent call after
the lookup quotes the count."""

import autoform as af

CAUSE = "dunder"
ARGS = ("owls",)
LOOKUPS = [0]


class Settings:
    def __getattr__(self, name):
        LOOKUPS[0] += 1
        return name


S = Settings()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    style = S.brief
    b = af.lm_call([{"role": "user", "content": f"{topic} {LOOKUPS[0]}"}], model="m")
    return [a, b, style]
