"""An async primitive reads a dict of allowed keys; the function removes a key before calling."""

import autoform as af

CAUSE = 1
ARGS = ("door",)
ALLOWED = {"door": "open", "window": "shut"}


@af.primitive
async def status(key: str) -> str:
    return ALLOWED.get(key, "unknown")


def main(key: str):
    before = af.lm_call([{"role": "user", "content": key}], model="m")
    del ALLOWED[key]
    return [before, status(key)]
