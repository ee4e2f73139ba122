"""An async pipeline: three independent awaits of acall, the third fails; a finally logs
this file's frames of the in-flight traceback."""

import sys
import traceback

import autoform as af

CAUSE = "async gather failure line"
ARGS = ("owls",)
FAIL = ["risks"]
LOG = []


async def main(topic: str):
    try:
        a = await af.lm_call.acall([{"role": "user", "content": f"history {topic}"}], model="m")
        b = await af.lm_call.acall([{"role": "user", "content": f"habits {topic}"}], model="m")
        c = await af.lm_call.acall([{"role": "user", "content": f"risks {topic}"}], model="m")
        return a, b, c
    finally:
        tb = sys.exc_info()[2]
        LOG.append([f.lineno for f in traceback.extract_tb(tb) if f.filename == __file__])
