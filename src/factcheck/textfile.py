"""Read a text file the way factcheck accepts it: UTF-8 (with or without BOM), bounded in size.

Every refusal is a :class:`TextFileError` whose message says what the file is and how to fix it.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from . import messages as msg
from .messages import Message

__all__ = ["DEFAULT_MAX_BYTES", "TextFileError", "decode_text", "read_text", "text_encoding_error"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class TextFileError(OSError):
    """A file that cannot be read as text: ``reason`` says why, ``hint`` (for fact files) what
    option would read it; ``message`` is both, ``str(err)`` its English text."""

    def __init__(self, reason: Message, hint: str | None = None, value: str | None = None):
        self.reason = reason
        self.hint = hint
        self.message = reason if hint is None else Message(hint, reason=reason, value=value)
        super().__init__(str(self.message))

    def __str__(self) -> str:
        return str(self.message)


def read_text(path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's text. Raises TextFileError for missing, unreadable, binary, oversize or
    non-UTF-8 files (unless ``encoding`` names the encoding to use), and for anything that is
    not a regular file: a named pipe or a device would block or never end."""
    try:
        if path.is_symlink() and not path.exists():
            raise TextFileError(Message(msg.BROKEN_LINK, target=os.readlink(path)))
        info = path.stat()
        kind = _special_kind(info.st_mode)
        if kind:
            raise TextFileError(Message(msg.NOT_REGULAR_FILE, kind=Message(kind)), msg.HINT_STDIN)
        if info.st_size > max_bytes:
            raise TextFileError(Message(msg.FILE_TOO_LARGE, size=f"{info.st_size:,}",
                                        limit=f"{max_bytes:,}"))
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except TextFileError:
        raise
    except FileNotFoundError:
        raise TextFileError(Message(msg.NO_SUCH_FILE)) from None
    except IsADirectoryError:
        raise TextFileError(Message(msg.IS_A_DIRECTORY)) from None
    except PermissionError:
        raise TextFileError(Message(msg.PERMISSION_DENIED)) from None
    except ValueError:  # a NUL byte in the name
        raise TextFileError(Message(msg.NUL_IN_NAME)) from None
    except OSError as err:
        raise TextFileError(Message(msg.SYSTEM_ERROR, error=err.strerror or str(err))) from None
    if len(data) > max_bytes:
        raise TextFileError(Message(msg.FILE_OVER_LIMIT, limit=f"{max_bytes:,}"))
    return decode_text(data, encoding)


def _special_kind(mode: int) -> str | None:
    """What a non-regular file is, in words (None for regular files and directories)."""
    for test, kind in ((stat.S_ISFIFO, msg.A_NAMED_PIPE), (stat.S_ISCHR, msg.A_CHARACTER_DEVICE),
                       (stat.S_ISBLK, msg.A_BLOCK_DEVICE), (stat.S_ISSOCK, msg.A_SOCKET)):
        if test(mode):
            return kind
    return None


def text_encoding_error(name: str) -> str | None:
    """Why ``name`` cannot be used to read text (None when it can)."""
    try:
        codecs.lookup(name)
        b"a".decode(name)
    except LookupError as err:  # unknown, or a bytes-to-bytes codec such as base64
        return f"unknown encoding {name!r}" if "unknown encoding" in str(err) else \
            f"{name!r} is not a text encoding"
    except UnicodeDecodeError:  # a text encoding that does not like "a" alone (UTF-16)
        return None
    except (UnicodeError, ValueError, TypeError) as err:
        return f"encoding {name!r} cannot decode text ({err})"
    return None


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Decode bytes as UTF-8 (BOM allowed) or the given encoding, with a clear error."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise TextFileError(Message(msg.UNKNOWN_ENCODING, encoding=repr(encoding))) from None
        except UnicodeDecodeError as err:
            raise TextFileError(Message(msg.NOT_VALID_IN, encoding=encoding, byte=err.start)) from None
        except UnicodeError as err:  # codecs that refuse every input, such as "undefined"
            raise TextFileError(Message(msg.CANNOT_DECODE_WITH, encoding=repr(encoding),
                                        error=str(err))) from None
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if data.startswith(bom):
            raise TextFileError(Message(msg.WIDE_ENCODING, name=name), msg.HINT_ENCODING,
                                name.lower())
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if b"\x00" in data[:8192]:
        raise TextFileError(Message(msg.BINARY_FILE))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        try:
            data.decode("gb18030")
        except UnicodeDecodeError:
            raise TextFileError(Message(msg.NOT_UTF8, line=line)) from None
        raise TextFileError(Message(msg.LOOKS_LIKE_GB, line=line), msg.HINT_ENCODING,
                            "gb18030") from None
