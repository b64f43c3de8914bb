"""Simplified Chinese texts, keyed by English source; fills workbench_zh_CN.ts.

Regenerate after UI text changes (one command; it runs pyside6-lupdate itself):
    python resources/translations/zh_CN.py   # lupdate, fill the .ts, pyside6-lrelease
lupdate reads workbench/ui/*.py, workbench/widgets/*.py and the core's message templates (context
"Core", see workbench/messages.py: written to core_messages.py here, which git ignores, for lupdate
to read). A source without a translation here stays English (and is listed when this script runs).
Each page may keep its texts in a sibling ``zh_CN_<page>.py`` holding a dict ``ZH``; they are merged
here, so pages built side by side never edit the same file. Core templates: ``zh_CN_core.py``.
"""
ZH = {
    "New class name, Enter to add": "输入新类别名，按回车添加",
    "Rename": "重命名",
    "Colour": "颜色",
    "Merge": "合并",
    "Delete": "删除",
    "Rename the class; label files do not change": "重命名类别；标注文件不变",
    "Pick the colour its boxes are drawn in": "选择该类别标注框的颜色",
    "Move every box of this class into another class": "把该类别的所有框并入另一个类别",
    "Delete the class and all its boxes": "删除该类别及其所有框",
    "class id {0}; press {1} to use it": "类别编号 {0}；按 {1} 选用",
    "class id {0}": "类别编号 {0}",
    "Rename class": "重命名类别",
    "New name:": "新名称：",
    "Colour of {0}": "{0} 的颜色",
    "Merge class": "合并类别",
    "Move every box of '{0}' into:": "把“{0}”的所有框并入：",
    "checking...": "检查中……",
    "not labeled": "未标注",
    "checked, no objects": "已检查，无目标",
    "labeled": "已标注",
    "has a problem": "有问题",
    "Show only images with this status or class": "只显示该状态或包含该类别的图片",
    "All images": "全部图片",
    "Not labeled": "未标注",
    "Labeled": "已标注",
    "Checked, no objects": "已检查，无目标",
    "Problems": "有问题",
    "Class: {0}": "类别：{0}",
    "{0} images: {1} labeled, {2} empty, {3} not labeled, {4} problems":
        "共 {0} 张：已标注 {1}，无目标 {2}，未标注 {3}，有问题 {4}",
    "#{}": "#{}",
    "Labeling canvas": "标注画布",
    "Open a folder of photos (Ctrl+O) to start labeling.": "打开一个图片文件夹（Ctrl+O）开始标注。",
    "Cannot open folder": "无法打开文件夹",
    "{0} files are not used (GIF, HEIC...): convert them to JPEG or PNG to label them, e.g. {1}":
        "有 {0} 个文件未使用（GIF、HEIC 等）：转换为 JPEG 或 PNG 后才能标注，例如 {1}",
    "No photos in {0}. Workbench labels JPEG, PNG, BMP, TIFF and WebP files.":
        "{0} 中没有图片。Workbench 可标注 JPEG、PNG、BMP、TIFF 和 WebP 文件。",
    "{0}: cannot read the image (corrupt, empty or not an image)": "{0}：无法读取图片（已损坏、为空或不是图片）",
    "Cannot read {0}: {1}": "无法读取 {0}：{1}",
    "NOT SAVED: {0}. Your boxes are kept here; free space or fix the folder's permissions, then press Ctrl+S.":
        "未保存：{0}。你的标注框仍保留在这里；请释放磁盘空间或修正文件夹权限，然后按 Ctrl+S。",
    "There is no previous image to copy boxes from.": "没有上一张图片可以复制标注框。",
    "The previous image has no boxes that this one lacks.": "上一张图片没有本图缺少的标注框。",
    "Copied {0} boxes from {1}.": "已从 {1} 复制 {0} 个标注框。",
    "This image has {0} boxes; delete them first to mark it as having no objects.":
        "这张图片有 {0} 个标注框；先删除它们，才能标记为无目标。",
    "Marked as checked, no objects.": "已标记为：已检查，无目标。",
    "Last image.": "已是最后一张。",
    "First image.": "已是第一张。",
    "Every image is labeled or checked.": "所有图片都已标注或检查。",
    "Cannot add class": "无法添加类别",
    "Cannot rename class": "无法重命名类别",
    "Delete class '{0}'?\n\n{1} boxes of this class will be deleted and {2} boxes of later classes renumbered, in {3} label files.":
        "删除类别“{0}”？\n\n将在 {3} 个标注文件中删除该类别的 {1} 个框，并重新编号后续类别的 {2} 个框。",
    "Merge class '{0}' into '{1}'?\n\n{2} boxes change class, in {3} label files.":
        "把类别“{0}”并入“{1}”？\n\n{3} 个标注文件中的 {2} 个框将改变类别。",
    "Change classes": "修改类别",
    "Rewriting label files...": "正在改写标注文件……",
    "Class change failed": "修改类别失败",
    "... and {0} more problems": "……还有 {0} 个问题",
    "Lines that are not boxes are kept in the file as they are; fix them in a text editor or delete them there.":
        "不是标注框的行会原样保留在文件中；请在文本编辑器中修正或删除。",
    "No classes yet: type a class name in the box at the top right and press Enter, then drag on the photo to draw a box.":
        "还没有类别：在右上角输入类别名并按回车，然后在图片上拖动画框。",
    "Large image: shown scaled; your boxes are saved at full resolution.": "大图：按缩放显示；标注框按原始分辨率保存。",
    "&File": "文件(&F)",
    "&Edit": "编辑(&E)",
    "&View": "视图(&V)",
    "&Go": "转到(&G)",
    "Label": "标注",
    "Open &Recent": "最近打开(&R)",
    "&Quit": "退出(&Q)",
    "&Help": "帮助(&H)",
    "&Keyboard Shortcuts": "快捷键(&K)",
    "&About Workbench": "关于 Workbench(&A)",
    "Open a folder of photos": "打开图片文件夹",
    "Keyboard shortcuts": "快捷键",
    "Key": "按键",
    "Action": "操作",
    "About Workbench": "关于 Workbench",
    "Workbench {0}\nLabel photos, train YOLO, see it live.": "Workbench {0}\n标注图片，训练 YOLO，实时查看效果。",
    "Unsaved boxes": "未保存的标注框",
    "The boxes of {0} images could not be saved ({1}...).\nQuit anyway and lose them?":
        "有 {0} 张图片的标注框无法保存（{1}……）。\n仍然退出并丢弃它们？",
    "&Open Folder...": "打开文件夹(&O)……",
    "Open a folder of photos to label": "打开要标注的图片文件夹",
    "&Save": "保存(&S)",
    "Save now (Workbench also saves after every change)": "立即保存（每次修改后也会自动保存）",
    "&Previous Image": "上一张(&P)",
    "&Next Image": "下一张(&N)",
    "Next &Unlabeled Image": "下一张未标注(&U)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Draw Box": "画框(&D)",
    "The next drag draws a box, even over another box": "下一次拖动画新框，即使从已有框上开始",
    "&Delete Box": "删除框(&D)",
    "&Copy Boxes from Previous Image": "复制上一张的标注框(&C)",
    "Mark Checked, No &Objects": "标记为已检查、无目标(&O)",
    "This photo has nothing to label: train on it as a background image": "这张图片没有要标注的目标：作为背景图参与训练",
    "&Two-Click Drawing": "两次点击画框(&T)",
    "Click one corner, then the other, instead of dragging": "先点一个角，再点对角，而不是拖动",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "&Fit to Window": "适应窗口(&F)",
    "&Actual Size": "实际大小(&A)",
    "Class for the next box, or for the selected box": "下一个框的类别，或修改选中框的类别",
    "Arrow keys": "方向键",
    "Move the selected box 1 px (Shift: 10 px)": "移动选中的框 1 像素（Shift：10 像素）",
    "Drag": "拖动",
    "Draw a box on empty space; move or resize a box by its body or handles": "在空白处画框；拖动框体或控制点来移动或调整大小",
    "Ctrl+Wheel": "Ctrl+滚轮",
    "Zoom around the cursor": "以光标为中心缩放",
    "Middle drag / Space+drag": "中键拖动 / 空格+拖动",
    "Pan": "平移",
    "Cancel drawing, deselect": "取消画框，取消选择",
    "&Language": "语言(&L)",
    "System": "跟随系统",
    "Language": "语言",
    "The new language is used from the next start of Workbench.": "新语言将在下次启动 Workbench 时生效。",
}


def all_texts() -> dict[str, str]:
    """This file's texts merged with every ``zh_CN_<page>.py`` beside it."""
    import runpy
    from pathlib import Path

    merged = dict(ZH)
    for extra in sorted(Path(__file__).resolve().parent.glob("zh_CN_*.py")):
        merged.update(runpy.run_path(str(extra))["ZH"])
    return merged


def core_messages_source(path) -> None:
    """Write every core message template as ``QT_TRANSLATE_NOOP("Core", ...)`` into ``path``,
    the form lupdate reads (the templates live in Qt-free core modules)."""
    import json
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    from workbench.messages import CONTEXT, all_templates

    lines = ['"""Generated by resources/translations/zh_CN.py for lupdate: the core\'s message templates."""',
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for key, text in sorted(all_templates().items()):
        lines.append(f"QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {json.dumps(text, ensure_ascii=False)})  # {key}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def lupdate(ts, core_file) -> None:
    """Run pyside6-lupdate over the GUI sources and the core templates into ``ts``."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    core_messages_source(core_file)
    sources = [str(p) for d in ("ui", "widgets") for p in sorted((root / "workbench" / d).glob("*.py"))]
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(tool), *sources, str(core_file), "-no-obsolete", "-ts", str(ts)], check=True,
                   capture_output=True)


if __name__ == "__main__":
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ZH = all_texts()
    here = Path(__file__).resolve().parent
    ts = here / "workbench_zh_CN.ts"
    lupdate(ts, here / "core_messages.py")
    tree = ET.parse(ts)
    missing = []
    for msg in tree.getroot().iter("message"):
        src = msg.find("source").text
        tr = msg.find("translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        if src in ZH:
            tr.text = ZH[src]
            tr.attrib.pop("type", None)
        else:
            missing.append(src)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", repr(m))
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(here / "workbench_zh_CN.qm")], check=True)
    # Qt's own texts that PySide6's qtbase_zh_CN.qm lacks (hand-written .ts)
    subprocess.run([str(lrelease), str(here / "qtbase_extra_zh_CN.ts"), "-qm", str(here / "qtbase_extra_zh_CN.qm")],
                   check=True)
