"""Two objects built in the function, one handed to the other (`x.peer = y`), and a
method of `x` that reads its peer's history while `y.ask` changes it."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history: list[str] = []
        self.peer = None

    def ask(self, q: str) -> str:
        heard = len(self.peer.history) if self.peer is not None else -1
        reply = af.lm_call([{"role": "user", "content": f"{self.name} {q} {heard}"}], model="m")
        self.history.append(reply)
        return reply


def main(topic: str):
    x = Assistant("x")
    y = Assistant("y")
    x.peer = y
    first = y.ask(topic)
    return [first, x.ask(topic), len(y.history)]
