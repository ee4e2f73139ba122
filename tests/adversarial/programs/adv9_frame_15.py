"""A failure's traceback is walked through tb_next to name every function it came through."""

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    try:
        b = ask("bad " + a)
    except Exception as e:
        names = []
        tb = e.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == __file__:
                names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        b = names
    return [a, b]
