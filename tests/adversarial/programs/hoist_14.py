"""`str.strip` with two arguments (a TypeError) on a str parameter, after a print."""

import autoform as af

CAUSE = 7
ARGS = ("  padded  ",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    print("got", a)
    clean = topic.strip(" ", "x")
    return af.lm_call([{"role": "user", "content": clean}], model="m")
