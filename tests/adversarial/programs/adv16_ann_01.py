"""A `list[str]` parameter whose items a helper wraps in Topic objects after entry; Topic's
__str__ reads a module round counter that a later statement bumps before the prompt."""

import autoform as af

CAUSE = "annotation trusted after items replaced"
ARGS = (["owls", "cats"],)
STATE = {"round": 0}


class Topic:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"{self.name}@{STATE['round']}"


def upgrade(topics):
    topics[:] = [Topic(t) for t in topics]


def bump():
    STATE["round"] += 1


def main(topics: list[str]):
    upgrade(topics)
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    bump()
    b = af.lm_call([{"role": "user", "content": f"About {topics[0]} after {a[-4:]}"}], model="m")
    c = af.lm_call([{"role": "user", "content": f"About {topics[1]}"}], model="m")
    return a, b, c
