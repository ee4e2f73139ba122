"""A helper that sets up logging to a list."""

import logging


class ToList(logging.Handler):
    def __init__(self, sink):
        super().__init__()
        self.sink = sink

    def emit(self, record):
        self.sink.append(record.getMessage())


def attach(logger, sink):
    logger.addHandler(ToList(sink))
    logger.setLevel(logging.INFO)
    logger.propagate = False


def to_stdout(logger):
    import sys

    h = logging.StreamHandler(sys.stdout)
    logger.handlers.append(h)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return h


class Capture:
    """Sends stdout to a list of lines while entered."""

    def __init__(self, sink):
        self.sink = sink

    def write(self, s):
        if s.strip():
            self.sink.append(s.strip())

    def flush(self):
        pass

    def __enter__(self):
        import sys

        self.old = sys.stdout
        sys.stdout = self
        return self

    def __exit__(self, *exc):
        import sys

        sys.stdout = self.old
