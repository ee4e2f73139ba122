"""Primitives are recognised by what a name resolves to, not by its spelling."""

import autoform
from autoform import lm_call as ask

chat = autoform.lm_call


@autoform.concurrent
def pipeline(question: str) -> tuple:
    a, b = (
        ask([{"role": "user", "content": question}], model="m"),
        chat([{"role": "user", "content": question.upper()}], model="m"),
    )
    notes = f"{a}\n{b}"
    notes += chat([{"role": "user", "content": notes}], model="m")
    return a, b, notes
