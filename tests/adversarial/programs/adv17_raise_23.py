"""A successful first call is printed; then the caller's field separator (empty) splits the
record for the second prompt (ValueError): the print must come first."""

import autoform as af

CAUSE = "str.split empty sep before print"
ARGS = ("owls", "name|kind", "")


def main(topic: str, record: str, sep: str):
    summary = af.lm_call([{"role": "user", "content": f"summarize {topic}"}], model="m")
    print("summary:", summary)
    fields = record.split(sep)
    detail = af.lm_call([{"role": "user", "content": f"describe {fields}"}], model="m")
    return summary, detail
