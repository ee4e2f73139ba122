"""The method reads a global the loop's body changes between items."""

import autoform as af

CAUSE = "distinct"
ARGS = ("owls",)


MOOD = "calm"


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history = []

    def ask(self, user: str) -> str:
        text = f"{self.name}:{MOOD}:{user}"
        reply = af.lm_call([{"role": "user", "content": text}], model="m")
        self.history.append((user, reply))
        return reply


def main(q: str):
    global MOOD
    out = {}
    for p in [Assistant("a"), Assistant("b"), Assistant("c")]:
        out[p.name] = p.ask(q)
        MOOD = p.name
    return out
