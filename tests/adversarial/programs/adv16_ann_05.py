"""main stores an object into slot 0 of its `list[str]` parameter; a fanned-out loop after
a module change formats each topic."""

import autoform as af

CAUSE = "list of str param slot replaced"
ARGS = (["owls", "cats"],)
STATE = {"round": 0}


class Topic:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        return f"{self.name}@{STATE['round']}"


def main(topics: list[str]):
    topics[0] = Topic("dogs")
    first = af.lm_call([{"role": "user", "content": "warmup"}], model="m")
    STATE["round"] = len(first)
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": f"About {t}"}], model="m"))
    return out
