"""A template with a field the row lacks (KeyError) via str.format(**row)."""

import autoform as af

CAUSE = "format missing key in pre-call"
ARGS = ([{"t": "owls"}, {"x": "cats"}, {"t": "dogs"}],)


def main(rows: list):
    out = []
    try:
        for row in rows:
            out.append(
                af.lm_call([{"role": "user", "content": "about {t}".format(**row)}], model="m")
            )
    except KeyError as e:
        print("missing", e)
    return out
