"""A helper's logging call (default stacklevel) names the helper; the helper is a
staticmethod reached through the class."""

import io
import logging

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
_stream = io.StringIO()
_log = logging.getLogger("adv9_frame_21")
_h = logging.StreamHandler(_stream)
_h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
_log.addHandler(_h)
_log.propagate = False


class Asker:
    @staticmethod
    def ask(q):
        _log.warning("asking %s", q[:6])
        return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    _stream.seek(0)
    _stream.truncate()
    a = Asker.ask(topic)
    b = Asker.ask(a[:8])
    return [a, b, _stream.getvalue()]
