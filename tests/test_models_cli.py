"""``workbench models``: list, add a checked file, download from a local mirror, a clear failure."""
from __future__ import annotations

import socket

from weights_server import NAME, serve

from workbench.cli import main
from workbench.training.weights import models_dir


def test_models_list_add_and_download(tiny_model, tmp_path, capsys):
    assert main(["models"]) == 0
    assert str(models_dir()) in capsys.readouterr().out
    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"junk")
    assert main(["models", "--add", str(tiny_model), str(junk)]) == 1
    out = capsys.readouterr()
    assert "added" in out.out and "not added" in out.err and "junk.pt" in out.err
    with serve() as srv:
        srv.payload = tiny_model.read_bytes()
        assert main(["models", "--download", NAME, "--mirror", srv.base]) == 0
    assert (models_dir() / NAME).read_bytes() == tiny_model.read_bytes()
    assert main(["models"]) == 0
    listing = capsys.readouterr().out
    assert f"{models_dir() / NAME}  (model folder" in listing and "best.pt  (model folder" in listing

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{s.getsockname()[1]}/m"
    s.close()
    assert main(["models", "--download", "yolov8n.pt", "--mirror", dead]) == 1
    err = capsys.readouterr().err
    assert f"{dead}/yolov8n.pt" in err and str(models_dir()) in err
