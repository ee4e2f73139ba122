"""A ContextVar holds the current user; main sets it per item and a helper reads it when
building the prompt."""

import contextvars

import autoform as af

CAUSE = "contextvar set per item"
ARGS = (["ann", "bob", "cy"],)
USER = contextvars.ContextVar("user", default="nobody")


def ask(q):
    return af.lm_call([{"role": "user", "content": f"[{USER.get()}] {q}"}], model="m")


def main(users: list):
    out = []
    for u in users:
        USER.set(u)
        out.append(ask("greet me"))
    out.append(ask("who am I"))
    return out, USER.get()
