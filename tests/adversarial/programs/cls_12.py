"""A history that is a shared default list (`history=[]`): two objects built in the
function share it, so their `ask`s are not independent."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)


class Assistant:
    def __init__(self, name: str, history: list = []) -> None:  # noqa: B006
        self.name = name
        self.history = history

    def ask(self, q: str) -> str:
        reply = af.lm_call(
            [{"role": "user", "content": f"{self.name} {q} {len(self.history)}"}], model="m"
        )
        self.history.append(reply)
        return reply


def main(topic: str):
    x = Assistant("x")
    y = Assistant("y")
    return [x.ask(topic), y.ask(topic), len(x.history)]
