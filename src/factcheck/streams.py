"""Standard output that fails with a message instead of a traceback or silence.

A closed standard output (`factcheck check >&-`), a full disk (`> /dev/full`) or a terminal that
cannot show Chinese (`PYTHONIOENCODING=ascii`) must not lose the report silently or end in an
"internal error": writes that fail raise :class:`OutputError`, which the command line reports
with exit code 2, and characters the stream's encoding lacks are written as escapes.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
from typing import Any, TextIO

from . import messages as msg
from .messages import Message, MessageError

__all__ = ["GuardedOutput", "OutputError", "is_unicode", "prepare"]

STANDARD_OUTPUT = msg.N_("standard output")


class OutputError(MessageError):
    """Writing the output failed; the message is for the user."""


def is_unicode(stream: Any) -> bool:
    """Whether ``stream`` can take any character (its encoding is a UTF)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


class GuardedOutput:
    """A text stream (or a closed one: None) whose failed writes raise OutputError."""

    def __init__(self, stream: TextIO | None, name: str = STANDARD_OUTPUT):
        self.stream = stream
        self.name = name

    def _fail(self, err: OSError | None) -> OutputError:
        if err is None or err.errno == errno.EBADF:
            return OutputError(Message(msg.OUTPUT_CLOSED, name=Message(self.name)))
        return OutputError(Message(msg.OUTPUT_FAILED, name=Message(self.name),
                                   error=err.strerror or str(err)))

    def write(self, text: str) -> int:
        """Write ``text``; a closed or failing stream raises OutputError (a closed pipe does not:
        BrokenPipeError ends the run quietly, as `| head` expects)."""
        if self.stream is None:
            raise self._fail(None)
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as err:  # ValueError: I/O operation on closed file
            raise self._fail(err if isinstance(err, OSError) else None) from None

    def flush(self) -> None:
        """Flush, with the same errors as write."""
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as err:
            raise self._fail(err if isinstance(err, OSError) else None) from None

    def isatty(self) -> bool:
        """False for a closed stream."""
        return self.stream is not None and self.stream.isatty()

    def __getattr__(self, attr: str) -> Any:
        if self.stream is None:
            raise AttributeError(attr)
        return getattr(self.stream, attr)


def prepare(stream: TextIO | None) -> None:
    """Let ``stream`` write characters its encoding lacks as backslash escapes."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):  # a closed or detached stream
            reconfigure(errors="backslashreplace")
