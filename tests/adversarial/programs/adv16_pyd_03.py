"""A pydantic model with a nested model field whose class has a PlainSerializer in an
Annotated type that logs; model_dump per reply in a loop; prompts quote the log size."""

from typing import Annotated

from pydantic import BaseModel, PlainSerializer

import autoform as af

CAUSE = "serializer effect in model_dump"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ser(v):
    LOG.append(v[:5])
    return v.upper()


class Out(BaseModel):
    text: Annotated[str, PlainSerializer(ser)]


def main(items: list):
    res = []
    for t in items:
        n = len(LOG)
        r = af.lm_call([{"role": "user", "content": f"{t} log={n}"}], model="m")
        res.append(Out(text=r).model_dump()["text"])
    return res
