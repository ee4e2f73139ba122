"""The batch logs the line where each failure was caught, from the traceback object."""

import autoform as af

CAUSE = "traceback"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError as e:
            LOG.append((e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_code.co_name))
    return out
