"""An environment variable set by the function is read by a helper that asks the model."""

import os

import autoform as af

CAUSE = 1
ARGS = ("x",)


def ask(q):
    lang = os.environ.get("ADV_LANG_IO6", "en")
    return af.lm_call([{"role": "user", "content": f"[{lang}] {q}"}], model="m")


def main(q: str):
    os.environ.pop("ADV_LANG_IO6", None)
    a = ask(q)
    os.environ["ADV_LANG_IO6"] = "de"
    b = ask(q)
    os.environ.pop("ADV_LANG_IO6", None)
    return [a, b]
