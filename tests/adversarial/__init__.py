"""An adversarial suite: ordinary-looking programs run as written and compiled, compared.

``programs/<category>_<nn>.py`` each define ``main(...)``, ``ARGS`` (its arguments: made fresh
with each import, so they may hold the module's own state on purpose) and optionally ``FAIL``
(prompt substrings whose LM call fails: a set, failing with ``harness.LMFailure``, or a dict
substring -> exception class), ``LOG`` (a list the program appends its effects to) and
``CAUSE`` (the cause of unsoundness it aims at: a number of issue 11 or a short label). Module
state starts fresh for each run; a logger must be ``logging.getLogger(__name__)``.

``harness.py`` runs both and lists every discrepancy; ``python -m tests.adversarial [NAME]``
prints them, grouped by cause, with a summary line (``--known`` prints the KNOWN entries of
tests/test_adversarial.py); ``autoform-compile tests/adversarial/programs/NAME.py:main`` shows
what a program compiles to.
"""
