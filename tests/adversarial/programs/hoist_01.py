"""An object whose __str__ raises, formatted after a print and a call."""

import autoform as af

CAUSE = 7
ARGS = ()


class Bad:
    def __str__(self):
        raise ValueError("no text for you")


def main():
    a = af.lm_call([{"role": "user", "content": "one"}], model="m")
    print("got", a)
    text = af.format("{}", Bad())
    b = af.lm_call([{"role": "user", "content": text}], model="m")
    return b
