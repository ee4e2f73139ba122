"""A dataclass property that prints is read into a later call's prompt; an earlier call fails."""

from dataclasses import dataclass

import autoform as af

CAUSE = 7
ARGS = ("owls",)
FAIL = {"boom"}


@dataclass
class Task:
    name: str

    @property
    def prompt(self):
        print("prompt built")
        return "about " + self.name


def main(topic: str):
    t = Task(topic)
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": t.prompt}], model="m")
    return [a, b]
