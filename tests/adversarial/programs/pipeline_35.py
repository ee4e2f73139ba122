"""A reply that contains braces is used as a str.format template: KeyError after a print."""

import autoform as af

CAUSE = "pipeline"
ARGS = ("{tone}",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "second"}], model="m")
    print("got", a)
    prompt = a.format(b)
    print("formatted")
    c = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return c
