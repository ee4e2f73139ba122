"""Research digest: a finding per source (its reply cut to 200 characters, kept in a
dataclass), a headline from the sources' titles (``", ".join`` of a generator over
dataclass fields) and a digest from the findings (``"\\n".join`` of one)."""

from __future__ import annotations

from dataclasses import dataclass

from .util import llm_call


@dataclass
class Source:
    title: str
    abstract: str


@dataclass
class Finding:
    title: str
    detail: str


def digest(sources: list[Source]) -> dict[str, str]:
    findings = []
    for source in sources:
        r = llm_call(f"State the paper's main finding in one sentence:\n{source.abstract}")
        findings.append(Finding(source.title, r[:200]))
    headline = llm_call(f"Write a newsletter headline about: {', '.join(s.title for s in sources)}")
    body = "\n".join(f"- {f.title}: {f.detail}" for f in findings)
    text = llm_call(f"Write a 100-word digest.\nHeadline: {headline}\nFindings:\n{body}")
    return {"headline": headline, "digest": text}


SOURCES = [
    Source("Sparse Mixtures at Scale", "We train a 1T-parameter sparse model with 8x less "
           "compute than a dense one of equal quality."),
    Source("Retrieval Beats Memorisation", "A 7B model with retrieval matches a 70B model on "
           "open-domain QA."),
    Source("Long Context, Short Memory", "Models use the first and last 10% of long contexts "
           "far more than the middle."),
]  # fmt: skip

PIPELINE = digest
ARGS = (SOURCES,)
SEQUENTIAL_ROUNDS = 5
# The three findings and the headline read only the sources (1 round); the digest reads them
# all (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
