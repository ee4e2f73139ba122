"""functools.cached_property that calls the model: read twice per document, asked once; the
documents' summaries are read in a comprehension."""

import functools

import autoform as af

CAUSE = "cached_property lm"
ARGS = (["owls", "cats", "owls"],)


class Doc:
    def __init__(self, text):
        self.text = text

    @functools.cached_property
    def summary(self):
        return af.lm_call([{"role": "user", "content": f"summarise {self.text}"}], model="m")


def main(items: list):
    docs = [Doc(t) for t in items]
    first = [d.summary for d in docs]
    again = [d.summary[-5:] for d in docs]
    return first, again
