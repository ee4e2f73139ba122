"""A primitive reads an environment variable that the function sets earlier."""

import os

import autoform as af

CAUSE = 1
ARGS = ("x",)


@af.primitive
def region() -> str:
    return os.environ.get("ADV_REGION_PRIM5", "unset")


def main(q: str):
    os.environ.pop("ADV_REGION_PRIM5", None)
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    os.environ["ADV_REGION_PRIM5"] = "eu"
    r = region()
    os.environ.pop("ADV_REGION_PRIM5", None)
    return [a, r]
