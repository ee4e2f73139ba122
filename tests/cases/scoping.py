"""Names in every form Python has: a nested function and lambdas that close over locals,
`:=`, and `del`. Each runs as written; the calls that do not depend on them still overlap.
(`global`, which a generated module of its own cannot keep, is tested on its own.)"""

import autoform as af

LOG = []


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


@af.concurrent
def pipeline(topic: str, notes: dict) -> list:
    style = "short"

    def framed(text, prefix="Q"):
        return af.format("{}: {} ({})", prefix, text, style)

    pros = ask(framed(f"pros of {topic}"))
    style = "long"  # `framed` sees the new value from here on
    cons = ask(framed(f"cons of {topic}"))
    status = af.format("asked about {}", topic)
    ranked = sorted([pros, cons], key=lambda r: (len(r), r))
    extra = ""
    if (n := len(notes)) > 1:
        extra = ask(af.format("{} notes on {}", n, topic))
    del notes["draft"]
    LOG.append(sorted(notes))
    scratch = ask("scratch")
    del scratch
    return [ranked, extra, status, n, [framed(k) for k in sorted(notes)]]
