"""Two objects built in the function whose `ask` changes only their own history, with a
slow first call: the second object's history read after both must show one entry each,
and the first object's second call must see its first reply."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history: list[str] = []

    def ask(self, q: str) -> str:
        reply = af.lm_call(
            [{"role": "user", "content": f"{self.name} {q} {self.history[-1:]}"}], model="m"
        )
        self.history.append(reply)
        return reply


def main(topic: str):
    x = Assistant("x")
    y = Assistant("y")
    a = x.ask(topic)
    b = y.ask(topic)
    c = x.ask(topic)
    return [a, b, c, list(x.history), list(y.history)]
