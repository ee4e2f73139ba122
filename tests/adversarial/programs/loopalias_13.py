"""A helper hands back a module default dict; the caller sets a key, and a helper
reading the dict asks afterwards."""

import autoform as af

CAUSE = "alias"
ARGS = ("owls",)
DEFAULTS = {"lang": "en"}


def options(overrides=None):
    return overrides if overrides is not None else DEFAULTS


def ask(q):
    lang = DEFAULTS["lang"]
    return af.lm_call([{"role": "user", "content": lang + ": " + q}], model="m")


def main(topic: str):
    a = ask("facts " + topic)
    opts = options()
    opts["lang"] = "fr"
    b = ask("jokes " + topic)
    return [a, b]
