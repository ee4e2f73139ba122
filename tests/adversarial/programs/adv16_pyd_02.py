"""A pydantic model made of plain fields whose base model has a field_validator that
counts validations in a module dict; constructed per reply in a loop."""

from pydantic import BaseModel, field_validator

import autoform as af

CAUSE = "validator in base model"
ARGS = (["owls", "cats", "dogs"],)
COUNT = {"n": 0}


class Base(BaseModel):
    text: str

    @field_validator("text")
    @classmethod
    def count(cls, v):
        COUNT["n"] += 1
        return v


class Reply(Base):
    topic: str


def main(items: list):
    out = []
    for t in items:
        k = COUNT["n"]
        r = af.lm_call([{"role": "user", "content": f"{t} k={k}"}], model="m")
        out.append(Reply(text=r, topic=t).text)
    return out
