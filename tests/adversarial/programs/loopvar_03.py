"""A for/else: the else clause of the second loop reads the shared variable."""

import autoform as af

CAUSE = "loop-variable"
ARGS = (["owl", "bat"], [])


def main(topics: list[str], extra: list[str]):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    seen = []
    for t in extra:
        seen.append(t)
    else:
        seen.append("last was " + t)
    return [out, seen]
