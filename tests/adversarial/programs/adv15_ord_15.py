"""A helper reads module state a statement between the calls changes (through a method
of a module-level config object)."""

import autoform as af

CAUSE = "module state"
ARGS = ("owls",)


class Config:
    def __init__(self):
        self.tone = "plain"

    def set_tone(self, t):
        self.tone = t


CONFIG = Config()


def styled(q):
    return f"[{CONFIG.tone}] {q}"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": styled(topic)}], model="m")
    CONFIG.set_tone("formal")
    b = af.lm_call([{"role": "user", "content": styled("more " + topic)}], model="m")
    return [a, b]
