"""Items of a list attribute that are the same object twice: each `ask` appends to its
`self.history`, and the prompt reads how long it is."""

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


class Panel:
    def __init__(self, panelists: list[Assistant]) -> None:
        self.panelists = panelists

    def discuss(self, q: str):
        opinions = []
        for panelist in self.panelists:
            opinions.append(panelist.ask(q))
        return opinions


grace = Assistant("grace")
panel = Panel([grace, Assistant("linus"), grace])


def main(topic: str):
    return [*panel.discuss(topic), len(grace.history)]
