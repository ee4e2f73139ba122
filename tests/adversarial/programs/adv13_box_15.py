"""Each document is paired with the running notes list through itertools.repeat; the loop
appends each reply to the notes and the prompt quotes the notes it was paired with."""

import itertools

import autoform as af

CAUSE = "loop variable aliases collection"
ARGS = (["owls", "cats", "dogs"],)


def main(docs: list):
    notes = []
    for doc, ctx in zip(docs, itertools.repeat(notes)):
        prompt = f"Doc: {doc}\nPrevious notes: {len(ctx)}"
        notes.append(af.lm_call([{"role": "user", "content": prompt}], model="m"))
    return notes
