"""A helper appends a stdout handler straight to logger.handlers (no addHandler); the loop
logs each reply."""

import logging
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import logsetup  # noqa: E402

CAUSE = "output handlers append"
ARGS = (["owls", "cats", "dogs"],)
log = logging.getLogger(__name__)


def main(topics: list):
    logsetup.to_stdout(log)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(r)
    return out
