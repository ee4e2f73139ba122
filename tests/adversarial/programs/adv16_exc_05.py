"""contextlib.suppress(KeyError) around a loop that looks up replies' first words in a
table: the first miss ends the whole loop, later items are never asked."""

import contextlib

import autoform as af

CAUSE = "suppress ends loop"
ARGS = (["owls", "cats", "dogs"],)
KINDS = {"<m:owls>": "bird"}


def main(items: list):
    out = []
    with contextlib.suppress(KeyError):
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(KINDS[r])
    return out
