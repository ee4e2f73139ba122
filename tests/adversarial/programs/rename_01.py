"""The f-string `=` specifier shows the variable's name."""

import autoform as af

CAUSE = 12
ARGS = ("kiwi",)


def main(topic: str):
    answer = af.lm_call([{"role": "user", "content": topic}], model="m")
    answer = af.lm_call([{"role": "user", "content": answer}], model="m")
    return f"{answer=}"
