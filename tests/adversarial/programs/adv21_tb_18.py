"""Guard failure inside a loop of matches, uncaught in helper, printed in main."""

import sys
import traceback

import autoform as af

CAUSE = "match guard failure"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def classify(items):
    out = []
    for t in items:
        r = ask(t)
        match r:
            case "x":
                out.append(0)
            case _ if r.index("z"):
                out.append(1)
    return out


def main(items):
    try:
        return classify(items)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        return None
