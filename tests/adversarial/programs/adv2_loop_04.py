"""A while loop asks until a reply is long enough, with a counter limit."""

import autoform as af

CAUSE = "loop"
ARGS = ("q",)


def main(q: str):
    text = q
    n = 0
    while len(text) < 30 and n < 5:
        text = af.lm_call([{"role": "user", "content": text + "!"}], model="m")
        n += 1
        print(n, text)
    return [text, n]
