"""Write files so that nothing is lost: refuse to overwrite without force, and replace atomically
(a temporary file in the same directory, flushed, then renamed over the target)."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from . import messages as msg
from .messages import Message

__all__ = ["FileExists", "write_atomic"]


class FileExists(FileExistsError):
    """The target exists and overwriting was not asked for (or cannot be done safely)."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def write_atomic(path: Path, text: str, force: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path``; an interruption leaves the old file intact.

    A symbolic link is written through (its target is replaced, the link stays); anything that
    is not a regular file — a named pipe, a device, a broken link — is refused even with force,
    since replacing it would destroy it. A new file gets the permissions the umask gives.
    """
    target = _target(path, force)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="", errors="surrogateescape") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _target(path: Path, force: bool) -> Path:
    """The regular file to replace (``path``, or what its links point to)."""
    if path.is_symlink() and not path.exists():
        raise FileExists(Message(msg.BROKEN_LINK_TARGET, path=str(path), target=os.readlink(path)))
    if not path.exists():
        return path
    if path.is_dir():
        raise FileExists(Message(msg.TARGET_IS_DIRECTORY, path=str(path)))
    if not stat.S_ISREG(path.stat().st_mode):
        raise FileExists(Message(msg.TARGET_NOT_REGULAR, path=str(path)))
    if not force:
        raise FileExists(Message(msg.EXISTS_USE_FORCE, path=str(path)))
    return path.resolve() if path.is_symlink() else path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
