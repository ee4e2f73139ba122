"""Dataclass records filled in place by a loop: doc.summary = ask(doc.text)."""

from dataclasses import dataclass

import autoform as af

CAUSE = "pipeline"
ARGS = ()


@dataclass
class Doc:
    text: str
    summary: str = ""


def main():
    docs = [Doc("owl"), Doc("bat"), Doc("cat")]
    for d in docs:
        d.summary = af.lm_call([{"role": "user", "content": d.text}], model="m")
    docs[1].summary = af.lm_call([{"role": "user", "content": docs[0].summary}], model="m")
    return docs
