"""A pydantic model as response_format, whose overridden `model_validate_json` notes
whether a loop runs when it shapes the reply."""

import asyncio

from pydantic import BaseModel

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


class Answer(BaseModel):
    __module__ = "shapes"  # (its repr is part of the request: the same in both runs)

    text: str

    @classmethod
    def model_validate_json(cls, json_data, **kwargs):
        try:
            asyncio.get_running_loop()
            LOG.append("loop")
        except RuntimeError:
            LOG.append("no loop")
        return cls(text=str(json_data)[1:-1])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m", response_format=Answer)


def main(topic: str):
    out = []
    for w in [topic, topic + "s"]:
        out.append(ask(w).text)
    return out
