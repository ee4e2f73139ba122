"""Classification with retries: a label is asked for; when the reply does not hold a known
label the prompt is retried with a counter; attempts are counted in a module dict."""

import autoform as af

CAUSE = "retry loop"
ARGS = (["great movie", "awful plot", "meh"],)
ATTEMPTS = {}
LABELS = ("pos", "neg")


def classify(text):
    for attempt in range(3):
        ATTEMPTS[text] = ATTEMPTS.get(text, 0) + 1
        r = af.lm_call([{"role": "user", "content": f"label {text} try {attempt}"}], model="m")
        for lab in LABELS:
            if lab in r:
                return lab
        if "1" in r:
            return "unknown"
    return None


def main(texts: list):
    return [classify(t) for t in texts]
