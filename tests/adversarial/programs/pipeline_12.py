"""print with end= and to stderr inside a loop of calls: the two streams keep their order."""

import sys

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)


def main(topics: list[str]):
    out = []
    for t in topics:
        print(t, end=" ")
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print(len(r), file=sys.stderr)
        out.append(r)
    print()
    return out
