"""Counter over a generator expression of votes (strs): the votes fan out, the tally is the
same; a vote that fails fails where the sequential run fails."""

from collections import Counter

import autoform as af

CAUSE = "comprehension"
ARGS = (["water boils", "FAIL moon", "octopus"],)
FAIL = ("FAIL moon judge-b",)


def vote(claim: str, judge: str) -> str:
    reply = af.lm_call([{"role": "user", "content": f"{claim} {judge}"}], model="m")
    return "TRUE" if len(reply) % 2 else "FALSE"


def main(claims: list):
    verdicts = {}
    for claim in claims:
        tally = Counter(vote(claim, j) for j in ("judge-a", "judge-b", "judge-c"))
        verdicts[claim] = tally.most_common(1)[0][0]
    return verdicts
