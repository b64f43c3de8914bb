"""Workbench: label photos, build a YOLO dataset, train and preview, in one window.

Where things are (one line per folder; nothing outside ``ui/``, ``widgets/`` and ``app.py``
imports Qt, and ``tests/test_architecture.py`` keeps it so):

* ``images.py`` ``project.py`` ``settings.py`` ``history.py`` ``messages.py`` ``checkpoints.py``  the
  foundation every feature stands on: image discovery and decoding, a labeling project, user
  settings, undo history, texts for the user as message keys (the GUI translates them), the
  weights-only check and atomic save of every ``.pt``;
* ``labels/``     YOLO label lines, atomic writes, all-or-nothing changes of many label files;
* ``dataset/``    check (agrees with Ultralytics), stats and advice, stable grouped split, build;
* ``training/``   one Ultralytics run: settings -> plain events, stop/pause/resume, models, runs;
* ``inference/``  detectors (.pt / ONNX / OpenVINO), runtimes, live runner, frame sources, pre-label;
* ``importers/``  Pascal VOC, COCO and labelme -> YOLO label files;
* ``cli/``        the ``workbench`` command: the GUI start and the headless subcommands;
* ``ui/``         pages and the main window: compose widgets, connect signals, call the core;
* ``widgets/``    reusable Qt widgets: canvas, image and class lists, live plot, video view, charts;
* ``app.py``      the QApplication: start-up, translations, the main window.
"""

__version__ = "0.1.0"


def resources_dir():
    """The folder holding the sample project, translations, icons, fonts and styles.

    One rule for every layout: an installed wheel carries it inside the package
    (``workbench/resources``, copied there by the build step in ``setup.py``); a source checkout,
    an editable install and the PyInstaller bundle (``packaging/workbench.spec`` puts it beside
    the package) have ``resources/`` beside ``workbench/``. Returns a ``pathlib.Path``.
    """
    from pathlib import Path

    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
