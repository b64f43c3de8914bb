"""Getting pretrained weights without a programmer: downloads from a real local HTTP server (with
Range support written here), resumed after a break or a cancel, garbage rejected, no server;
"Add model file..." copies a checked file; the safety check refuses pickles that run code."""
from __future__ import annotations

import os
import socket

import pytest
from weights_server import NAME, serve

from workbench.checkpoints import UnsafeCheckpoint, check_checkpoint
from workbench.training import model_choices
from workbench.training.weights import (DownloadCancelled, DownloadError, add_model_file, download_weights,
                                        local_models, models_dir)



@pytest.fixture
def server():
    with serve() as srv:
        yield srv


def test_full_download_goes_to_the_model_folder_and_is_offered(server, tiny_model, tmp_path):
    server.payload = tiny_model.read_bytes()
    seen = []
    path = download_weights(NAME, server.base, progress=lambda done, total: seen.append((done, total)))
    assert path == models_dir() / NAME and path.read_bytes() == server.payload
    assert not (models_dir() / (NAME + ".part")).exists()
    assert seen[-1] == (len(server.payload), len(server.payload)) and len(seen) >= 2
    assert server.ranges == [None]
    assert download_weights(NAME, server.base) == path and server.ranges == [None]   # there already: no request
    found = [m for m in local_models() if m.path == path.resolve()]
    assert found and found[0].source == "model folder" and found[0].size == len(server.payload)
    choice = {c.name: c for c in model_choices([tmp_path])}[str(path.resolve())]
    assert choice.available and choice.label == "YOLO11n (pretrained, model folder)"


def test_interrupted_download_resumes_with_a_range_request(server, tiny_model):
    server.payload = tiny_model.read_bytes()
    half = len(server.payload) // 2
    server.cut_after = half
    with pytest.raises(DownloadError) as e:
        download_weights(NAME, server.base)
    assert "again to resume" in str(e.value) and e.value.url == f"{server.base}/{NAME}"
    part = models_dir() / (NAME + ".part")
    assert part.stat().st_size == half and not (models_dir() / NAME).exists()

    path = download_weights(NAME, server.base)
    assert server.ranges == [None, f"bytes={half}-"]
    assert path.read_bytes() == server.payload and not part.exists()
    check_checkpoint(path)


def test_cancel_keeps_the_part_and_a_server_without_range_restarts(server, tiny_model):
    server.payload = tiny_model.read_bytes()
    calls = []
    with pytest.raises(DownloadCancelled):
        download_weights(NAME, server.base, progress=lambda d, t: calls.append(d),
                         cancelled=lambda: len(calls) >= 2)
    part = models_dir() / (NAME + ".part")
    assert 0 < part.stat().st_size < len(server.payload)
    server.honour_range = False        # answers 200 with the whole file: the part is rewritten
    path = download_weights(NAME, server.base)
    assert path.read_bytes() == server.payload and server.ranges[-1].startswith("bytes=")


def test_garbage_from_the_server_is_rejected_and_removed(server):
    server.payload = b"<html><body>Rate limit exceeded</body></html>" * 200
    with pytest.raises(DownloadError) as e:
        download_weights(NAME, server.base)
    msg = str(e.value)
    assert f"{server.base}/{NAME}" in msg and str(models_dir()) in msg and "not a usable model" in msg
    assert list(models_dir().iterdir()) == []


def test_no_server_names_the_url_and_the_folder(tmp_path):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    base = f"http://127.0.0.1:{port}/assets"
    with pytest.raises(DownloadError) as e:
        download_weights(NAME, base, folder=tmp_path / "模型", timeout=5)
    msg = str(e.value)
    assert f"{base}/{NAME}" in msg and str(tmp_path / "模型") in msg and "Add model file" in msg
    assert e.value.folder == tmp_path / "模型"
    with pytest.raises(DownloadError, match="not a model file name"):
        download_weights("../outside.pt", base, folder=tmp_path / "模型")
    with pytest.raises(DownloadError, match="http"):
        download_weights(NAME, "file:///etc", folder=tmp_path / "模型")


def test_add_model_file_copies_a_checked_model_atomically(tiny_model, tmp_path):
    usb = tmp_path / "U 盘"
    usb.mkdir()
    src = usb / "cards.pt"
    src.write_bytes(tiny_model.read_bytes())
    dest = add_model_file(src)
    assert dest == models_dir() / "cards.pt" and dest.read_bytes() == src.read_bytes()
    assert add_model_file(src) == dest                       # the same file again: reused
    import torch

    other = usb / "other" / "cards.pt"                      # same name, another model: a new name
    other.parent.mkdir()
    ckpt = torch.load(tiny_model, weights_only=False)       # our own test model: trusted
    ckpt["date"] = "another model"
    torch.save(ckpt, other)
    assert add_model_file(other) == models_dir() / "cards-1.pt"
    assert sorted(p.name for p in models_dir().iterdir()) == ["cards-1.pt", "cards.pt"]

    fake = usb / "notes.pt"
    fake.write_bytes(b"not a model")
    with pytest.raises(UnsafeCheckpoint):
        add_model_file(fake)
    assert sorted(p.name for p in models_dir().iterdir()) == ["cards-1.pt", "cards.pt"]


def test_a_failed_copy_leaves_no_file(tiny_model, tmp_path, monkeypatch):
    src = tmp_path / "m.pt"
    src.write_bytes(tiny_model.read_bytes())

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        add_model_file(src)
    assert list(models_dir().iterdir()) == []


def test_check_refuses_a_pickle_that_runs_code(tiny_model, tmp_path):
    import torch

    class Boom:
        def __reduce__(self):
            return (os.system, ("echo unsafe",))

    bad = tmp_path / "bad.pt"
    torch.save({"model": Boom()}, bad)
    with pytest.raises(UnsafeCheckpoint, match="run code"):
        check_checkpoint(bad)
    ok = tmp_path / "ok.pt"
    ok.write_bytes(tiny_model.read_bytes())
    check_checkpoint(ok)
    choices = {c.name: c for c in model_choices([tmp_path])}
    assert not choices[str(bad.resolve())].available and "run code" in choices[str(bad.resolve())].note
    assert choices[str(ok.resolve())].available
