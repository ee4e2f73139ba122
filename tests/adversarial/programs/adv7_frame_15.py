"""A caught exception's frame is named: which function did it come through."""

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
FAIL = ["bad"]
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    try:
        b = ask("bad " + a)
    except Exception as e:
        tb = e.__traceback__
        LOG.append(tb.tb_frame.f_code.co_name)
        b = "none"
    return [a, b]
