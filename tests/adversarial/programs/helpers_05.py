"""The model name comes from a reply."""

import autoform as af

CAUSE = "helpers"
ARGS = ("owl",)


def main(topic: str):
    model = af.lm_call([{"role": "user", "content": "pick a model"}], model="router")
    return af.lm_call([{"role": "user", "content": topic}], model=model)
