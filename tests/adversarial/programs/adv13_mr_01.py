"""Map-reduce with JSON parsing: each chunk's reply is parsed with json.loads; on a parse
failure the helper retries with a stricter prompt that counts the module's failures."""

import json

import autoform as af

CAUSE = "json retry counter"
ARGS = (["owls", "cats", "dogs"],)
FAILURES = 0


def parse_or_retry(chunk, tries=2):
    global FAILURES
    prompt = f"Summarise {chunk} as JSON"
    for attempt in range(tries):
        reply = af.lm_call([{"role": "user", "content": prompt}], model="m")
        try:
            return json.loads(reply)
        except json.JSONDecodeError as exc:
            FAILURES += 1
            prompt = (
                f"Attempt {attempt + 1} failed ({exc.msg}, {FAILURES} so far). JSON only: {chunk}"
            )
    return {"chunk": chunk, "raw": True}


def main(chunks: list):
    parts = [parse_or_retry(c) for c in chunks]
    merged = af.lm_call(
        [{"role": "user", "content": json.dumps(parts, sort_keys=True)}], model="big"
    )
    return merged, FAILURES
