"""A user generator parses lines and prints as it goes; a loop asks per parsed item."""

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl: wise\nbat: night\ncat nothing\n",)


def parse(text):
    for line in text.splitlines():
        print("parsing", line)
        name, _, note = line.partition(":")
        if not note:
            raise ValueError("bad line: " + line)
        yield name, note.strip()


def main(text: str):
    out = []
    for name, note in parse(text):
        out.append(af.lm_call([{"role": "user", "content": name + "/" + note}], model="m"))
    return out
