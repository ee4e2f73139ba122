"""A pydantic model is a message's content (rendered by its repr); its validator-free
`__repr_str__` is left alone but a computed field logs when read."""

import pydantic

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


class Card(pydantic.BaseModel):
    title: str

    @pydantic.computed_field
    @property
    def shout(self) -> str:
        LOG.append(self.title)
        return self.title.upper()


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": Card(title=t)}], model="m"))
    return out
