"""A dataclass whose __post_init__ appends to a module list is made from each reply in a loop."""

from dataclasses import dataclass

import autoform as af

CAUSE = "dataclass"
ARGS = (["a", "b", "c"],)
MADE = []


@dataclass
class Answer:
    q: str
    text: str

    def __post_init__(self):
        MADE.append(self.q)


def main(items: list[str]):
    out = []
    for x in items:
        out.append(
            Answer(x, af.lm_call([{"role": "user", "content": f"{x} {len(MADE)}"}], model="m"))
        )
    return [a.text for a in out]
