"""A pydantic model validates each reply; a field validator logs what it saw into LOG."""

import pydantic

import autoform as af

CAUSE = "pydantic validator log"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Summary(pydantic.BaseModel):
    topic: str
    text: str

    @pydantic.field_validator("text")
    @classmethod
    def not_empty(cls, v):
        LOG.append(len(v))
        if not v:
            raise ValueError("empty")
        return v.strip("<>")


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(Summary(topic=t, text=r))
    return af.lm_call(
        [{"role": "user", "content": "; ".join(s.model_dump_json() for s in out)}], model="m"
    )
