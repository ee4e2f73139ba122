"""Replies written to an io.StringIO report in a loop and to stdout; the report is returned."""

import io

import autoform as af

CAUSE = "stringio report"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    buf = io.StringIO()
    replies = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print(f"- {t}: {r}", file=buf)
        replies.append(r)
    buf.write("end\n")
    return buf.getvalue(), replies
