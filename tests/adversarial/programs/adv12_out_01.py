"""A helper of another module attaches a list handler; the loop logs per turn and each
second call quotes how many records the list holds."""

import logging
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import logsetup  # noqa: E402

CAUSE = "output set up by helper"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
log = logging.getLogger(__name__)


def main(topics: list):
    logsetup.attach(log, LOG)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {len(LOG)}"}], model="m"))
    return out
