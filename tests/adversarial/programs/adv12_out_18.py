"""The logging set-up function is passed in ARGS; the loop logs and quotes LOG's length."""

import logging
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import logsetup  # noqa: E402

CAUSE = "output setup passed as argument"
LOG = []
ARGS = (["owls", "cats", "dogs"], logsetup.attach)
log = logging.getLogger(__name__)


def main(topics: list, setup):
    setup(log, LOG)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {len(LOG)}"}], model="m"))
    return out
