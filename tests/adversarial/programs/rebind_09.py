"""A plugin registry (an unknown library-style call) rebinds the helper by name."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def _shout(q):
    return af.lm_call([{"role": "user", "content": q.upper()}], model="m")


_PLUGINS = {"shout": _shout}


def install(name, namespace):
    namespace["ask"] = _PLUGINS[name]


def main(topic: str):
    a = ask(topic)
    install("shout", globals())
    b = ask(topic)
    return [a, b]
