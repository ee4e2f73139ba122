"""A pydantic model with a default_factory that bumps a module counter (ids for
records); constructed per reply in a comprehension-like loop; prompts quote the counter."""

import itertools

from pydantic import BaseModel, Field

import autoform as af

CAUSE = "default_factory effect"
ARGS = (["owls", "cats", "dogs"],)
_ids = itertools.count(1)
LAST = {"id": 0}


def next_id():
    LAST["id"] = next(_ids)
    return LAST["id"]


class Rec(BaseModel):
    text: str
    id: int = Field(default_factory=next_id)


def main(items: list):
    out = []
    for t in items:
        cur = LAST["id"]
        r = af.lm_call([{"role": "user", "content": f"{t} last={cur}"}], model="m")
        out.append(Rec(text=r).id)
    return out
