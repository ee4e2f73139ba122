"""The pipeline is memoised with functools.cache (it has __wrapped__)."""

import functools

import autoform as af

CAUSE = "decorated-helper"
ARGS = ("owl",)
LOG = []


@functools.cache
def main(topic: str):
    LOG.append("ran")
    return af.lm_call([{"role": "user", "content": topic}], model="m")
