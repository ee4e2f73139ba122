"""A pydantic model with no methods whose field carries an AfterValidator (in its
Annotated type) that records each value in a module list; replies are validated in a loop
whose prompts quote the list's length (an int read first)."""

import json
from typing import Annotated

from pydantic import AfterValidator, BaseModel

import autoform as af

CAUSE = "annotated validator effect"
ARGS = (["owls", "cats", "dogs"],)
SEEN = []


def note(v):
    SEEN.append(v[:6])
    return v


class Answer(BaseModel):
    text: Annotated[str, AfterValidator(note)]


def main(items: list):
    out = []
    for t in items:
        n = len(SEEN)
        r = af.lm_call([{"role": "user", "content": f"{t} seen={n}"}], model="m")
        out.append(Answer.model_validate(json.loads(json.dumps({"text": r}))).text)
    return out
