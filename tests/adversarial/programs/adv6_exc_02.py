"""A loop's items fail in a helper that asks for the running loop; the function catches the
RuntimeError and reports its message and where it came from."""

import asyncio
import traceback

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


def need_loop(w):
    asyncio.get_running_loop()
    return w


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in [topic, topic + "s"]:
        r = ask(w)
        try:
            out.append(need_loop(r))
        except RuntimeError as exc:
            out.append((str(exc), traceback.extract_tb(exc.__traceback__)[-1].name))
    return out
