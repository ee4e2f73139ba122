"""A branch that needs none of the calls before it runs beside them: its calls start at once
(only on the path the sequential program takes), and its failure is taken in program order."""

import autoform as af


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


@af.concurrent
def pipeline(topic: str, deep: bool) -> str:
    summary = ask(af.format("Summarize {}.", topic))
    detail = ""
    if deep:
        detail = ask(af.format("Go deep on {}.", topic))
        detail = ask(af.format("Check this: {}", detail))
    return af.format("{}\n{}", summary, detail)
