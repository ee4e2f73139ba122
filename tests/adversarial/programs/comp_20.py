"""A pydantic model with a nested model of the user's whose validator writes LOG: validating
the outer model runs it, and the next item's prompt reads LOG."""

from pydantic import BaseModel, field_validator

import autoform as af

CAUSE = "purity"
ARGS = (["a", "b", "c"],)
LOG = []


class Inner(BaseModel):
    name: str

    @field_validator("name")
    @classmethod
    def _noted(cls, value):
        LOG.append(value)
        return value


class Outer(BaseModel):
    inner: Inner


def main(items: list):
    out = []
    for x in items:
        reply = af.lm_call([{"role": "user", "content": f"{x} {len(LOG)}"}], model="m")
        out.append(Outer.model_validate({"inner": {"name": reply}}).inner.name)
    return out
