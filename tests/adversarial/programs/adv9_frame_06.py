"""stacklevel comes from a dict literal spread into logging, from a helper's helper."""

import io
import logging

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
OPTS = {"stacklevel": 3}
_stream = io.StringIO()
_log = logging.getLogger("adv9_frame_06")
_h = logging.StreamHandler(_stream)
_h.setFormatter(logging.Formatter("%(funcName)s %(message)s"))
_log.addHandler(_h)
_log.propagate = False


def note(msg):
    _log.warning(msg, **OPTS)


def ask(q):
    note("asking")
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    _stream.seek(0)
    _stream.truncate()
    a = ask(topic)
    b = ask(a[:8])
    return [a, b, _stream.getvalue()]
