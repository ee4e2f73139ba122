"""Per-thread settings (threading.local) set in main are read by a document's `__str__`."""

import threading

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
settings = threading.local()


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return getattr(settings, "lang", "en") + ":" + self.text

    __repr__ = __str__


def main(q: str):
    settings.lang = "fr"
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    b = af.lm_call([{"role": "user", "content": Doc(a[:6])}], model="m")
    return [a, b]
