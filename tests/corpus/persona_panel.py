"""A panel of assistants: each ``Assistant`` builds its messages from its own attributes in
a helper method and keeps a history; a ``Panel`` (an orchestrator class) asks every panelist
for an opinion and a moderator summarises them."""

from __future__ import annotations

import autoform as af


class Assistant:
    def __init__(self, name: str, persona: str, style: str, model: str = "openai/gpt-4o") -> None:
        self.name = name
        self.persona = persona
        self.style = style
        self.model = model
        self.history: list[tuple[str, str]] = []

    def _messages(self, user: str) -> list[dict]:
        system = f"You are {self.name}, {self.persona}. Answer {self.style}."
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def ask(self, user: str) -> str:
        reply = af.lm_call(self._messages(user), model=self.model, temperature=0.5)
        self.history.append((user, reply))
        return reply


class Panel:
    def __init__(self, panelists: list[Assistant], moderator: Assistant) -> None:
        self.panelists = panelists
        self.moderator = moderator

    def discuss(self, question: str) -> str:
        opinions = {}
        for panelist in self.panelists:
            opinions[panelist.name] = panelist.ask(f"In 2 sentences: {question}")
        transcript = "\n".join(f"{name}: {text}" for name, text in opinions.items())
        return self.moderator.ask(f"Summarise where the panel agrees and differs:\n{transcript}")


panel = Panel(
    [
        Assistant("Grace", "a senior backend engineer", "bluntly"),
        Assistant("Linus", "a product manager", "with examples"),
        Assistant("Mira", "a security reviewer", "listing risks first"),
    ],
    Assistant("Sam", "a neutral moderator", "in one paragraph"),
)

PIPELINE = panel.discuss
ARGS = ("Should we move our monolith to microservices this year?",)
SEQUENTIAL_ROUNDS = 4
# The three opinions read only the question and their panelist (1 round); the summary reads
# all three (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
