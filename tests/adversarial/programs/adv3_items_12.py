"""A number field whose value is an int subclass counting its uses."""

from dataclasses import dataclass

import autoform as af

CAUSE = "item types"
ARGS = ("owl",)
LOG = []


@dataclass
class Source:
    title: str
    abstract: str
    rank: int = 0


@dataclass
class Finding:
    title: object
    detail: str


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Rank(int):
    used = []  # noqa: RUF012

    def __format__(self, spec):
        Rank.used.append(int(self))
        return str(len(Rank.used))


def digest(sources: list[Source]) -> list:
    findings = []
    for source in sources:
        r = ask(f"find {source.abstract} {source.rank}")
        findings.append(Finding(source.rank, r[:20]))
    headline = ask(f"headline {', '.join(f'{s.rank}' for s in sources)}")
    return [headline, [f.detail for f in findings]]


def main(topic):
    return digest([Source("a " + topic, "x", Rank(1)), Source("b", "y", Rank(2))])
