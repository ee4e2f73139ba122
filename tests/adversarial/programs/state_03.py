"""An @af.primitive reads a config dict the function writes just before calling it."""

import autoform as af

CAUSE = 1
ARGS = ("owls",)
CONFIG = {"lang": "en"}


@af.primitive
def lookup(key: str) -> str:
    return f"{key}/{CONFIG['lang']}"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    CONFIG["lang"] = "fr"
    page = lookup(topic)
    return [a, page]
