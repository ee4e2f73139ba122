"""Reply variable of the first loop read between the loops, then rebound by the second."""

import autoform as af

CAUSE = "loop-variable"
ARGS = (["owl", "bat"],)


def main(topics: list[str]):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
    print("last reply", r)
    again = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t + "?"}], model="m")
        again.append(r)
    return [out, again, r]
