"""Two parallel summaries write into a results dict; the record dict appended to a list is
later mutated after being appended."""

import autoform as af

CAUSE = "record mutated after append"
ARGS = (["owls", "cats"],)


def main(items: list):
    records = []
    rec = {}
    for t in items:
        rec["topic"] = t
        rec["summary"] = af.lm_call([{"role": "user", "content": t}], model="m")
        records.append(rec)
    rec["summary"] = "overwritten"
    final = af.lm_call([{"role": "user", "content": repr(records)}], model="m")
    return records, final
