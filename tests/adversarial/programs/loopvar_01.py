"""Two loops share their variable; the second runs over nothing, so `t` keeps the first's value."""

import autoform as af

CAUSE = "loop-variable"
ARGS = (["owl", "bat"], [])


def main(topics: list[str], extra: list[str]):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    more = []
    for t in extra:
        more.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return [out, more, t]
