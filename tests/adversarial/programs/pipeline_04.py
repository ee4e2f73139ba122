"""A dataclass whose __post_init__ logs, built from each reply; prints between."""

from dataclasses import dataclass

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)
LOG = []


@dataclass
class Answer:
    text: str

    def __post_init__(self):
        LOG.append("answer " + self.text)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    LOG.append("start")
    first = Answer(a)
    LOG.append("middle")
    second = Answer(b)
    return [first, second]
