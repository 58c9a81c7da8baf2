"""Read a text file the way factcheck accepts it: UTF-8 (with or without BOM), bounded in size.

Every refusal is a :class:`TextFileError` whose message says what the file is and how to fix it.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

__all__ = ["DEFAULT_MAX_BYTES", "TextFileError", "decode_text", "read_text", "text_encoding_error"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class TextFileError(OSError):
    """A file that cannot be read as text; ``str(err)`` is the message for the user."""


def read_text(path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's text. Raises TextFileError for missing, unreadable, binary, oversize or
    non-UTF-8 files (unless ``encoding`` names the encoding to use), and for anything that is
    not a regular file: a named pipe or a device would block or never end."""
    try:
        if path.is_symlink() and not path.exists():
            raise TextFileError(f"broken symbolic link (points to {os.readlink(path)})")
        info = path.stat()
        kind = _special_kind(info.st_mode)
        if kind:
            raise TextFileError(f"not a regular file but {kind}; use - to read standard input")
        if info.st_size > max_bytes:
            raise TextFileError(
                f"file is {info.st_size:,} bytes, over the limit of {max_bytes:,} "
                "(raise it with --max-file-size)"
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except TextFileError:
        raise
    except FileNotFoundError:
        raise TextFileError("no such file") from None
    except IsADirectoryError:
        raise TextFileError("is a directory") from None
    except PermissionError:
        raise TextFileError("permission denied") from None
    except ValueError:  # a NUL byte in the name
        raise TextFileError("invalid file name (it contains a NUL byte)") from None
    except OSError as err:
        raise TextFileError(err.strerror or str(err)) from None
    if len(data) > max_bytes:
        raise TextFileError(f"file is over the limit of {max_bytes:,} bytes")
    return decode_text(data, encoding)


def _special_kind(mode: int) -> str | None:
    """What a non-regular file is, in words (None for regular files and directories)."""
    for test, kind in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
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
            raise TextFileError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as err:
            raise TextFileError(f"not valid {encoding} at byte {err.start}") from None
        except UnicodeError as err:  # codecs that refuse every input, such as "undefined"
            raise TextFileError(f"cannot decode with {encoding!r}: {err}") from None
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if data.startswith(bom):
            raise TextFileError(
                f"the file is {name}-encoded; fact files are UTF-8: convert it with "
                f"`iconv -f {name} -t UTF-8`, or pass --encoding {name.lower()}"
            )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if b"\x00" in data[:8192]:
        raise TextFileError("binary file (it contains NUL bytes), not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        try:
            data.decode("gb18030")
        except UnicodeDecodeError:
            raise TextFileError(
                f"not UTF-8 (invalid byte at line {line}); save it as UTF-8"
            ) from None
        raise TextFileError(
            f"not UTF-8 (line {line}); it looks like GB18030/GBK: convert it with "
            "`iconv -f GB18030 -t UTF-8`, or pass --encoding gb18030"
        ) from None
