"""A dataclass field annotated str holds a user object; an f-string of the field in a call
after an independent failing call."""

from dataclasses import dataclass

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Topic:
    def __format__(self, spec):
        print("format")
        return "topic"


@dataclass
class Task:
    name: str


def main():
    task = Task(Topic())
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"about {task.name}"}], model="m")
    return [a, b]
