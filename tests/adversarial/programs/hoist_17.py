"""af.format with a literal template and a bad format spec (ValueError), after a print."""

import autoform as af

CAUSE = 7
ARGS = ("word",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "go"}], model="m")
    print("formatting", a)
    prompt = af.format("{:d} items", topic)
    return af.lm_call([{"role": "user", "content": prompt}], model="m")
