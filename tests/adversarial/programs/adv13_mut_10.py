"""Straight-line: the first reply is put into a container with json.loads('{"x": {"y": 1}}', object_hook=lambda d: bag.append(a) or d); the second prompt
reads the container, so it must wait for the first."""

import json

import autoform as af

CAUSE = "json object_hook appends"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    json.loads('{"x": {"y": 1}}', object_hook=lambda d: bag.append(a) or d)
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
