"""main appends a Topic object to its `list[str]` parameter; Topic's __str__ reads a module
round counter that main changes before the call formatting the last topic."""

import autoform as af

CAUSE = "list of str param gets an object"
ARGS = (["owls", "cats"],)
STATE = {"round": 0}


class Topic:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"{self.name}@{STATE['round']}"


def main(topics: list[str]):
    topics.append(Topic("dogs"))
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    STATE["round"] = len(a)
    b = af.lm_call([{"role": "user", "content": f"About {topics[-1]}"}], model="m")
    return a, b
