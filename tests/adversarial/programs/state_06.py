"""A class attribute serves as a setting; the function changes it between two helper calls."""

import autoform as af

CAUSE = 1
ARGS = ("comets",)


class Settings:
    tone = "dry"


def ask(q):
    return af.lm_call([{"role": "user", "content": f"({Settings.tone}) {q}"}], model="m")


def main(topic: str):
    a = ask(topic)
    Settings.tone = "warm"
    b = ask(topic + " again")
    return [a, b]
