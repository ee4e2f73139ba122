"""A `list[Segment]` parameter of dataclasses whose `__class__` property runs asyncio.run;
the function formats their fields into prompts in a chain of calls."""

import asyncio
from dataclasses import dataclass

import autoform as af

CAUSE = "event loop"


async def _name(w):
    await asyncio.sleep(0)
    return w


@dataclass
class Segment:
    text: str
    n: int

    @property
    def __class__(self):
        asyncio.run(_name(self.text))
        return Segment


ARGS = ([Segment("owls", 1), Segment("bats", 2)],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(segments: list[Segment]):
    a = ask(f"first {segments[0].text}")
    b = ask(f"{a} then {segments[1].text} {segments}")
    c = ask(f"alone {segments[1].n}")
    return [a, b, c]
