"""A panel of personas, each with a history, asked the same question."""

import autoform as af


class Panelist:
    def __init__(self, name, history=None):
        self.name = name
        self.history = [] if history is None else history

    def ask(self, q):
        self.history.append(q)
        return af.lm_call(
            [{"role": "user", "content": f"{self.name} ({len(self.history)}): {q}"}], model="m"
        )
