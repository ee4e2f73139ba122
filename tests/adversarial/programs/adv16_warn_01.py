"""Warnings recorded by the program itself (catch_warnings(record=True)) around a step
that warns about short replies; it prints each warning's line and message."""

import warnings

import autoform as af

CAUSE = "recorded warning lines"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        out = []
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            if len(r) < 20:
                warnings.warn(f"short reply for {t}", UserWarning)
            out.append(r)
    for w in ws:
        print(w.lineno, w.message, w.filename == __file__)
    return out
