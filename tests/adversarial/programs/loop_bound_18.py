"""map() and sorted() given a helper that runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = (["owl", "bat", "cat"],)


async def fetch(word):
    await asyncio.sleep(0)
    return len(word) * 10 + ord(word[0]) % 7


def score(word):
    return asyncio.run(fetch(word))


def main(topics: list[str]):
    a = af.lm_call([{"role": "user", "content": " ".join(topics)}], model="m")
    scores = list(map(score, topics))
    ranked = sorted(topics, key=score)
    return [a, scores, ranked]
