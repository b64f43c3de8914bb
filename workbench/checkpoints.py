"""Is a ``.pt`` file safe to offer as a model? Checked without unpickling it.

A PyTorch checkpoint is a zip holding a pickle (``data.pkl``); unpickling it may call any function
the pickle names, so a file from the internet, a USB stick or a colleague is only offered once
every global its pickle names is on an allow-list of what Ultralytics/torch checkpoints use
(torch tensors and layers, Ultralytics' layer classes, plain containers, numpy scalars).

A minimal version written for the model manager; the input-safety work owns the full one and
keeps this interface: :func:`check_checkpoint` and :class:`UnsafeCheckpoint`.
"""
from __future__ import annotations

import pickletools
import zipfile
from pathlib import Path

# module -> names allowed exactly; "*" after a module prefix allows its classes (CamelCase) only,
# because functions of those modules (torch.hub.load, ultralytics' attempt_load_weights) can run
# code or load other files.
EXACT = {
    "collections": {"OrderedDict", "defaultdict"},
    "builtins": {"set", "frozenset", "slice", "dict", "list", "tuple", "bytearray"},
    "__builtin__": {"set", "frozenset", "slice", "dict", "list", "tuple", "bytearray"},
    "torch": {"Size", "dtype", "device", "float16", "float32", "float64", "bfloat16", "int64", "int32",
              "uint8", "bool", "FloatStorage", "HalfStorage", "DoubleStorage", "LongStorage", "IntStorage",
              "ShortStorage", "CharStorage", "ByteStorage", "BoolStorage", "BFloat16Storage"},
    "torch._utils": {"_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_tensor_v3", "_rebuild_parameter",
                     "_rebuild_parameter_with_state", "_rebuild_qtensor", "_rebuild_device_tensor_from_numpy"},
    "numpy": {"dtype", "ndarray"},
    "numpy.core.multiarray": {"scalar", "_reconstruct"},
    "numpy._core.multiarray": {"scalar", "_reconstruct"},
    "_codecs": {"encode"},
    "types": {"SimpleNamespace"},
    "argparse": {"Namespace"},
    "datetime": {"datetime", "date", "timedelta"},
    "pathlib": {"PosixPath", "WindowsPath", "Path", "PurePosixPath", "PureWindowsPath"},
    "ultralytics.utils": {"IterableSimpleNamespace"},
}
CLASS_PREFIXES = ("torch.nn.modules.", "ultralytics.nn.modules.", "ultralytics.nn.tasks", "numpy.dtypes",
                  "ultralytics.utils.loss", "ultralytics.nn.", "torch.optim.")


class UnsafeCheckpoint(ValueError):
    """The file is not a PyTorch checkpoint, or loading it could run code that is not a model's."""


def _allowed(module: str, name: str) -> bool:
    if name in EXACT.get(module, ()):
        return True
    if any(module == p.rstrip(".") or module.startswith(p) for p in CLASS_PREFIXES):
        return name[:1].isupper() and name.isidentifier()
    return False


def _globals(pickle_bytes: bytes) -> list[tuple[str, str]]:
    """The (module, name) pairs a pickle imports: GLOBAL operands and STACK_GLOBAL's two strings.

    STACK_GLOBAL takes its strings from the stack, often fetched from the memo (BINGET), so the
    memo is followed for strings; a pair that is not two known strings is reported as ``?``.
    """
    found: list[tuple[str, str]] = []
    recent: list[str | None] = []       # what the latest ops pushed: a string, or None for anything else
    memo: dict[int, str | None] = {}
    memo_next = 0
    for op, arg, _pos in pickletools.genops(pickle_bytes):
        name = op.name
        if name == "GLOBAL":
            module, _sp, attr = str(arg).partition(" ")
            found.append((module, attr))
            recent.append(None)
        elif name in _STRING_OPS:
            recent.append(arg if isinstance(arg, str) else arg.decode("latin-1") if isinstance(arg, bytes) else None)
        elif name in {"BINPUT", "LONG_BINPUT", "PUT"}:
            memo[int(arg)] = recent[-1] if recent else None
        elif name == "MEMOIZE":
            memo[memo_next] = recent[-1] if recent else None
            memo_next += 1
        elif name in {"BINGET", "LONG_BINGET", "GET"}:
            recent.append(memo.get(int(arg)))
        elif name == "STACK_GLOBAL":
            pair = recent[-2:] if len(recent) >= 2 else [None, None]
            found.append((pair[0], pair[1]) if None not in pair else ("?", "?"))
            recent.append(None)
        else:
            recent.append(None)
        del recent[:-4]
    return found


_STRING_OPS = {"SHORT_BINUNICODE", "BINUNICODE", "BINUNICODE8", "UNICODE", "STRING", "SHORT_BINSTRING", "BINSTRING"}


def check_checkpoint(path) -> None:
    """Raise :class:`UnsafeCheckpoint` unless ``path`` is a PyTorch zip checkpoint whose pickles
    name only allow-listed globals; return ``None`` when it is safe to load."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as z:
            pickles = [n for n in z.namelist() if n.endswith(".pkl")]
            if not any(n.endswith("data.pkl") for n in pickles):
                raise UnsafeCheckpoint(f"{path} is not a PyTorch model file (no data.pkl inside).")
            for n in pickles:
                try:
                    pairs = _globals(z.read(n))
                except Exception as e:  # noqa: BLE001 - any parse error: refuse, never load
                    raise UnsafeCheckpoint(f"{path} holds a damaged model ({n}: {e}).") from e
                bad = sorted({f"{m}.{g}" for m, g in pairs if not _allowed(m, g)})
                if bad:
                    raise UnsafeCheckpoint(f"{path} would run code when loaded ({', '.join(bad[:3])}); "
                                           "it is not used. Use model files from a source you trust.")
    except (zipfile.BadZipFile, EOFError) as e:
        raise UnsafeCheckpoint(f"{path} is not a PyTorch model file (not a zip archive, or cut short).") from e
    except OSError as e:
        raise UnsafeCheckpoint(f"Cannot read {path}: {e.strerror or e}.") from e
