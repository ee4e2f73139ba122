"""A str field set to a list by a method of the item before the loop."""

from dataclasses import dataclass

import autoform as af

CAUSE = "item types"
ARGS = ("owl",)
LOG = []


@dataclass
class Source:
    title: str
    abstract: str

    def retitle(self):
        self.title = [self.title]


@dataclass
class Finding:
    title: object
    detail: str


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def digest(sources: list[Source]) -> list:
    sources[0].retitle()
    findings = []
    for source in sources:
        r = ask(f"find {source.abstract}")
        findings.append(Finding(source.title, r[:20]))
    findings[0].title.append("changed")
    headline = ask(f"headline {', '.join(str(s.title) for s in sources)}")
    return [headline, [f.title for f in findings]]


def main(topic):
    return digest([Source("a " + topic, "x"), Source("b", "y")])
