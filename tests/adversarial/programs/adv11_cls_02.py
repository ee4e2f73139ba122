"""A pipeline base class loops over items calling self.prompt(t); the subclass's prompt
counts on the instance."""

import autoform as af

CAUSE = "classstate"
ARGS = (["owls", "cats", "dogs"],)


class Base:
    def __init__(self):
        self.n = 0

    def prompt(self, t):
        return t

    def run(self, items):
        out = []
        for t in items:
            out.append(af.lm_call([{"role": "user", "content": self.prompt(t)}], model="m"))
        return out


class Numbered(Base):
    def prompt(self, t):
        self.n += 1
        return f"{self.n}. {t}"


def main(topics: list):
    p = Numbered()
    return p.run(topics), p.n
