"""An object copied with `copy.copy` shares its history list with the original: two
distinct objects whose `ask` changes the same list."""

import copy

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history: list[str] = []

    def ask(self, q: str) -> str:
        reply = af.lm_call(
            [{"role": "user", "content": f"{self.name} {q} {len(self.history)}"}], model="m"
        )
        self.history.append(reply)
        return reply


def main(topic: str):
    x = Assistant("x")
    y = copy.copy(x)
    return [x.ask(topic), y.ask(topic), len(x.history)]
