"""A cleanup-then-report idiom: the finally writes the frames of this file from the
traceback of a failed two-source comparison to a LOG list: the failing line must be the
second call's."""

import sys
import traceback

import autoform as af

CAUSE = "format_exc in finally after gather"
ARGS = ("owls", "cats")
FAIL = ["describe cats"]
LOG = []


def main(a: str, b: str):
    try:
        da = af.lm_call([{"role": "user", "content": f"describe {a}"}], model="m")
        db = af.lm_call([{"role": "user", "content": f"describe {b}"}], model="m")
        return af.lm_call([{"role": "user", "content": f"compare {da} and {db}"}], model="m")
    finally:
        tb = sys.exc_info()[2]
        LOG.extend(
            f"{f.name}:{f.lineno}: {f.line}"
            for f in traceback.extract_tb(tb)
            if f.filename == __file__
        )
