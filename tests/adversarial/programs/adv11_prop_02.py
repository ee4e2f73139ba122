"""A lazily connected session: its property raises until main connects it."""

import autoform as af

CAUSE = "compile reads"
ARGS = ("owls",)


class Session:
    def __init__(self):
        self.ready = False

    @property
    def model(self):
        if not self.ready:
            raise RuntimeError("session not connected")
        return "m"


SESSION = Session()


def main(topic: str):
    SESSION.ready = True
    a = af.lm_call([{"role": "user", "content": topic}], model=SESSION.model)
    return a
