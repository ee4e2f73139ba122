"""logging.exception inside an except in main, with a format naming function and line."""

import io
import logging

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
FAIL = ["bad"]
_stream = io.StringIO()
_log = logging.getLogger("adv9_frame_11")
_h = logging.StreamHandler(_stream)
_h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
_log.addHandler(_h)
_log.propagate = False


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    _stream.seek(0)
    _stream.truncate()
    a = ask(topic)
    try:
        b = ask("bad " + a)
    except Exception:
        _log.exception("second call failed")
        b = None
    text = _stream.getvalue()
    head = text.splitlines()[0]
    here = [ln.strip() for ln in text.splitlines() if "adv9_frame_11" in ln]
    return [a, b, head, len(here)]
