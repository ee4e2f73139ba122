"""Voting: several moderators judge each comment independently; the majority wins."""

from __future__ import annotations

import re
from collections import Counter

from .client import tag
from .util import llm_call

VOTE_PROMPT = """You are content moderator #{i}. Is the following comment safe to publish?
Explain briefly, then end with exactly one line: VERDICT: SAFE or VERDICT: UNSAFE.

Comment: {comment}"""


def moderate(comment: str, voters: int = 5) -> tuple[str, int]:
    votes = []
    for i in range(voters):
        reply = llm_call(VOTE_PROMPT.format(i=i, comment=comment))
        match = re.search(r"VERDICT:\s*(SAFE|UNSAFE)", reply)
        votes.append(match.group(1) if match else "UNSAFE")
    verdict, count = Counter(votes).most_common(1)[0]
    return verdict, count


def moderate_all(comments: list[str]) -> dict[str, tuple[str, int]]:
    results = {}
    for comment in comments:
        results[comment] = moderate(comment)
    return results


def respond(prompt: str) -> str | None:
    if "content moderator" not in prompt:
        return None
    digest = tag(prompt)
    verdict = "UNSAFE" if int(digest, 16) % 3 == 0 else "SAFE"
    return f"The comment reads as {digest}.\nVERDICT: {verdict}"


COMMENTS = [
    "Great article, thanks for the detailed benchmarks!",
    "This is the dumbest thing I've read all week, the author should quit.",
]

PIPELINE = moderate_all
ARGS = (COMMENTS,)
SEQUENTIAL_ROUNDS = 10
# Every vote reads only its comment and its index: all 10 calls in 1 round.
OPTIMAL_ROUNDS = 1
