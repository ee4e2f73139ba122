"""Three independent calls, the middle one fails; a finally prints the exception with
traceback.print_exception limited to this file's frames plus its notes to stderr."""

import sys
import traceback

import autoform as af

CAUSE = "gather middle failure printed"
ARGS = ("owls",)
FAIL = ["habitat"]


def main(topic: str):
    try:
        diet = af.lm_call([{"role": "user", "content": f"diet of {topic}"}], model="m")
        habitat = af.lm_call([{"role": "user", "content": f"habitat of {topic}"}], model="m")
        size = af.lm_call([{"role": "user", "content": f"size of {topic}"}], model="m")
        return diet, habitat, size
    finally:
        e = sys.exc_info()[1]
        if e is not None:
            te = traceback.TracebackException.from_exception(e)
            te.stack = traceback.StackSummary.from_list(
                [f for f in te.stack if f.filename == __file__]
            )
            print("".join(te.format()), file=sys.stderr)
