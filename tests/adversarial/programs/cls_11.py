"""`__init__` puts every new object in a module registry, and a method reads the registry
while another object's method changes its own history."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
_REGISTRY = []


class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history: list[str] = []
        _REGISTRY.append(self)

    def ask(self, q: str) -> str:
        seen = sum(len(a.history) for a in _REGISTRY)
        reply = af.lm_call([{"role": "user", "content": f"{self.name} {q} {seen}"}], model="m")
        self.history.append(reply)
        return reply


def main(topic: str):
    x = Assistant("x")
    y = Assistant("y")
    return [x.ask(topic), y.ask(topic), x.ask(topic + "!")]
