"""A dispatch table of handlers, one of which asks the model: reached through unknown code."""

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)
LOG = []


def summarize(text):
    LOG.append("summarize " + text)
    return af.lm_call([{"role": "user", "content": "sum " + text}], model="m")


def echo(text):
    LOG.append("echo " + text)
    return text


_HANDLERS = {"summarize": summarize, "echo": echo}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    first = _HANDLERS["summarize"](a)
    second = _HANDLERS["echo"](b)
    return [first, second]
