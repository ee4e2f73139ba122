"""A str field set to a list by setattr before the loop; the loop's findings change it."""

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


def digest(sources: list[Source]) -> list:
    setattr(sources[0], "title", ["a"])  # noqa: B010 (the point)
    findings = []
    for source in sources:
        r = ask(f"find {source.abstract}")
        findings.append(Finding(source.title, r[:20]))
        if isinstance(source.title, list):
            source.title.append(r[:6])
    headline = ask(f"headline {', '.join(str(s.title) for s in sources)}")
    return [headline, [f.title for f in findings]]


def main(topic):
    return digest([Source("a " + topic, "x"), Source("b", "y")])
