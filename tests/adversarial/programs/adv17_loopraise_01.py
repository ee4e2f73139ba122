"""Records arrive with their own field separator; each is split, sent, and the reply printed.
The third record's separator is empty (ValueError): the first two replies must be printed
before the error."""

import autoform as af

CAUSE = "split empty sep in loop prefetch"
ARGS = ([("owl|night", "|"), ("cat;day", ";"), ("dog", "")],)


def main(records: list):
    out = []
    for text, sep in records:
        fields = text.split(sep)
        r = af.lm_call([{"role": "user", "content": f"describe {fields}"}], model="m")
        print("reply:", r)
        out.append(r)
    return out
