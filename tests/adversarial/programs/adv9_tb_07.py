"""A failing call in a fanned-out loop goes through a helper; each failure's line in main is
recorded relative to main's first line (tb_lineno)."""

import autoform as af

CAUSE = "traceback"
ARGS = (["owls", "bad", "cats", "bad dogs"],)
FAIL = ["bad"]
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(
                ask(
                    t,
                ),
            )
        except Exception as e:
            tb = e.__traceback__
            LOG.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - main.__code__.co_firstlineno))
            out.append(None)
    return out
