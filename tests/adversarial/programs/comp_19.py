"""A pydantic model whose field's annotation holds a validator of the user's: validating it
writes LOG, which the next item's prompt reads."""

from typing import Annotated

from pydantic import AfterValidator, BaseModel

import autoform as af

CAUSE = "purity"
ARGS = (["a", "b", "c"],)
LOG = []


def noted(value):
    LOG.append(value)
    return value


class Model(BaseModel):
    name: Annotated[str, AfterValidator(noted)]


def main(items: list):
    out = []
    for x in items:
        reply = af.lm_call([{"role": "user", "content": f"{x} {len(LOG)}"}], model="m")
        out.append(Model.model_validate({"name": reply}).model_dump())
    return out
