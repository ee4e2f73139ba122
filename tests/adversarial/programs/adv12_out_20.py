"""The first item of the loop attaches the list handler; every item logs and quotes LOG's
length."""

import logging
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import logsetup  # noqa: E402

CAUSE = "output set up inside loop"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
log = logging.getLogger(__name__)


def main(topics: list):
    out = []
    for i, t in enumerate(topics):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if i == 0:
            logsetup.attach(log, LOG)
        log.info("got %s", r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {len(LOG)}"}], model="m"))
    return out
