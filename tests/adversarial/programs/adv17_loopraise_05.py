"""Texts and their separators come as two parallel lists; each text is split on its own
separator for its prompt and the reply printed. The third separator is empty (ValueError):
the first two replies must be printed before the error."""

import autoform as af

CAUSE = "split empty sep in fanned loop"
ARGS = (["owl|night", "cat;day", "dog"], ["|", ";", ""])


def main(texts: list[str], seps: list[str]):
    out = []
    for text, sep in zip(texts, seps):
        fields = text.split(sep)
        r = af.lm_call([{"role": "user", "content": f"describe {fields}"}], model="m")
        print("reply:", r)
        out.append(r)
    return out
