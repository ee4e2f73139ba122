"""A dict comprehension over replies reads a defaultdict that an argument object got
from a method call at the top of main."""

import collections

import autoform as af

CAUSE = "defaultdict via method - comprehension"


class Memory:
    def __init__(self):
        self.facts = None

    def open(self):
        self.facts = collections.defaultdict(list)
        return self


ARGS = (["owls", "cats", "dogs"], Memory())


def main(items: list, memory):
    memory.open()
    return {
        t: len(
            memory.facts[
                af.lm_call([{"role": "user", "content": f"{t} {len(memory.facts)}"}], model="m")
            ]
        )
        for t in items
    }
