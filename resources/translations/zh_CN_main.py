"""Simplified Chinese for the main window's own texts (merged by zh_CN.py)."""
ZH = {
    "Dataset": "数据集",
    "Train": "训练",
    "Preview": "预览",
    "Training is running": "正在训练",
    "&Import Labels...": "导入标注(&I)...",
    "Training is still running. Pause it and quit? You can resume it later from the Train page.":
        "训练仍在进行。暂停训练并退出吗？之后可在“训练”页继续训练。",
}
