"""Code review by three reviewers (security, performance, style), each answering a JSON list
of findings, merged and then summarised."""

from __future__ import annotations

import json
import logging

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)

REVIEW_TEMPLATE = """You review code for {aspect}. List the problems in this diff.
Reply with a JSON list of objects with the keys "line" and "issue"; [] if none.

{diff}"""


def parse_findings(raw: str) -> list[dict]:
    try:
        findings = json.loads(raw)
    except json.JSONDecodeError:
        return [{"line": 0, "issue": raw.strip()}]
    return findings if isinstance(findings, list) else []


def review(diff: str) -> str:
    security = parse_findings(llm_call(REVIEW_TEMPLATE.format(aspect="security", diff=diff)))
    log.info("security: %d findings", len(security))
    performance = parse_findings(llm_call(REVIEW_TEMPLATE.format(aspect="performance", diff=diff)))
    log.info("performance: %d findings", len(performance))
    style = parse_findings(llm_call(REVIEW_TEMPLATE.format(aspect="style", diff=diff)))
    log.info("style: %d findings", len(style))

    everything = security + performance + style
    merged = llm_call(
        "Merge duplicate findings and order them by severity:\n" + json.dumps(everything)
    )
    return llm_call(f"Write a short review comment for the author from:\n{merged}")


def respond(prompt: str) -> str | None:
    if "Reply with a JSON list" in prompt:
        return json.dumps([{"line": len(prompt) % 40, "issue": f"finding {tag(prompt)}"}])
    return None


DIFF = """--- a/app.py
+++ b/app.py
@@ -10,6 +10,9 @@ def load(user_id):
-    row = db.execute("SELECT * FROM users WHERE id = ?", (user_id,))
+    row = db.execute(f"SELECT * FROM users WHERE id = {user_id}")
+    for item in db.execute("SELECT * FROM items"):
+        if item.owner == user_id: items.append(item)
"""

PIPELINE = review
ARGS = (DIFF,)
SEQUENTIAL_ROUNDS = 5
# The three reviews read only the diff (1 round); the merge reads all three (1); the comment
# reads the merge (1). The log lines are ordered among themselves only. 3 rounds.
OPTIMAL_ROUNDS = 3
