"""A str field holding a str subclass with a list of its own, changed through a finding."""

from dataclasses import dataclass

import autoform as af

CAUSE = "item types"
ARGS = ("owl",)
LOG = []


@dataclass
class Source:
    title: str
    abstract: str


@dataclass
class Finding:
    title: object
    detail: str


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Noted(str):
    pass


def digest(sources: list[Source]) -> list:
    findings = []
    for source in sources:
        r = ask(f"find {source.abstract}")
        findings.append(Finding(source.title, r[:20]))
        findings[-1].title.notes.append(r[:8])
    headline = ask(f"headline {', '.join(s.title + str(s.title.notes) for s in sources)}")
    return [headline, [f.detail for f in findings]]


def main(topic):
    a, b = Noted("a " + topic), Noted("b")
    a.notes, b.notes = [], []
    return digest([Source(a, "x"), Source(b, "y")])
