"""Settings alias: main takes the module's settings dict by a helper and changes the model
between two calls; the asking helper reads SETTINGS by its global name."""

import autoform as af

CAUSE = "settings dict alias"
ARGS = ("owls",)
SETTINGS = {"model": "small", "style": "plain"}


def settings():
    return SETTINGS


def ask(q):
    return af.lm_call(
        [{"role": "user", "content": f"{SETTINGS['style']}: {q}"}], model=SETTINGS["model"]
    )


def main(topic: str):
    a = ask(topic)
    cfg = settings()
    cfg["model"] = "large"
    cfg.update(style="fancy")
    b = ask(topic)
    return a, b
