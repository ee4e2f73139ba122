"""A misspelt global read after a print: NameError after the print and the first call."""

import autoform as af

CAUSE = 7
ARGS = ("cats",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("first done")
    prompt = f"{topic} and {TOPCI}"  # noqa: F821
    return a + af.lm_call([{"role": "user", "content": prompt}], model="m")
