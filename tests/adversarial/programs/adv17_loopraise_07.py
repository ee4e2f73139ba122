"""Each item carries a template; one template has a numeric spec ({:d}) that the str topic
cannot fill: earlier items' prints must come before the ValueError."""

import autoform as af

CAUSE = "template spec in fanned loop"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list[str]):
    out = []
    for t in items:
        prompt = "Tell me about {}".format(t)
        r = af.lm_call([{"role": "user", "content": prompt}], model="m")
        print("reply:", r)
        alt = "Rank {:d}".format(t) if t == "dogs" else t
        out.append((r, alt))
    return out
