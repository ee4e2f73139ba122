"""A collecting loop over zip(list, generator); the generator prints; the second call fails."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)
FAIL = ["bat"]


def numbered(topics):
    for t in topics:
        print("yield", t)
        yield t


def main(topics: list[str]):
    out = []
    for i, t in zip(range(10), numbered(topics)):  # noqa: B905
        out.append(af.lm_call([{"role": "user", "content": f"{i}:{t}"}], model="m"))
    return out
