"""Retrieval: chunk a document, score each chunk with the LM, sort by score, keep top-k and
summarize them; a Counter of reply lengths is kept along the way."""

import collections

import autoform as af

CAUSE = "retrieval top-k"
ARGS = ("the owl hunts at night. the cat sleeps by day. dogs bark at owls. bees make honey.", 2)
LOG = []


def chunk(text, size=4):
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


def main(doc: str, k: int):
    lengths = collections.Counter()
    scored = []
    for i, c in enumerate(chunk(doc)):
        r = af.lm_call([{"role": "user", "content": f"score: {c}"}], model="m")
        lengths[len(r) % 3] += 1
        LOG.append(f"chunk {i}: {len(r)}")
        scored.append((len(r) * 7 % 11, i, c))
    scored.sort(reverse=True)
    top = [c for _, _, c in scored[:k]]
    summary = af.lm_call([{"role": "user", "content": "summarize: " + " | ".join(top)}], model="m")
    return summary, dict(lengths)
