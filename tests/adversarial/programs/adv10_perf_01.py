"""A fan-out of 200 items with plain messages: they must still overlap."""

import autoform as af

CAUSE = "performance"
ARGS = ([f"topic {i}" for i in range(200)],)


def main(topics: list):
    return [af.lm_call([{"role": "user", "content": t}], model="m") for t in topics]
