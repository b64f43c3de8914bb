"""File > Import Labels: a real labelme file becomes a YOLO label file, and the list follows."""
import json

from workbench.project import Status


def test_import_labelme_from_the_menu(window, folder, qtbot):
    ann = folder.parent / "labelme 标注"
    ann.mkdir()
    (ann / "img3.json").write_text(json.dumps({
        "version": "5.4.1", "flags": {}, "imagePath": "../照片/img3.jpg", "imageData": None,
        "imageHeight": 480, "imageWidth": 640,
        "shapes": [{"label": "鱼", "points": [[64, 48], [192, 144]], "group_id": None,
                    "shape_type": "rectangle", "flags": {}}]}), encoding="utf-8")
    window.import_labels()
    dlg = window._import_dialog
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("labelme"))
    dlg.src.setText(str(ann))
    with qtbot.waitSignal(dlg.imported, timeout=20000):
        dlg.start()
    assert (folder / "img3.txt").read_text() == "3 0.200000 0.200000 0.200000 0.200000\n"
    assert (folder / "classes.txt").read_text() == "cat\ndog\nbird\n鱼\n"
    assert "1 label files written, 1 boxes" in dlg.report.toPlainText()
    page = window.label_page
    qtbot.waitUntil(lambda: page.project is not None and page.project.classes[-1] == "鱼")
    assert page.project.status(page.project.index_of(folder / "img3.jpg")) == Status.LABELED


def test_import_keeps_existing_labels(window, folder, qtbot):
    (folder / "img1.txt").write_text("0 0.5 0.5 0.1 0.1\n")
    ann = folder.parent / "voc"
    ann.mkdir()
    (ann / "img1.xml").write_text(
        "<annotation><folder>照片</folder><filename>img1.jpg</filename>"
        "<size><width>640</width><height>480</height><depth>3</depth></size>"
        "<object><name>dog</name><bndbox><xmin>0</xmin><ymin>0</ymin><xmax>64</xmax><ymax>48</ymax></bndbox>"
        "</object></annotation>", encoding="utf-8")
    window.import_labels()
    dlg = window._import_dialog
    dlg.src.setText(str(ann))
    worker = dlg.start()
    qtbot.waitUntil(lambda: dlg.worker is None, timeout=20000)
    assert worker is not None
    assert (folder / "img1.txt").read_text() == "0 0.5 0.5 0.1 0.1\n"
    assert "already exist and were kept" in dlg.report.toPlainText()
