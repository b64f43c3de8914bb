"""Simplified Chinese for texts added with the translation work (merged by zh_CN.py)."""
ZH = {
    # workbench/widgets/train_results.py: Ultralytics' plots
    "Losses and metrics per epoch": "每轮的损失和指标",
    "Confusion matrix (normalized)": "混淆矩阵（归一化）",
    "Confusion matrix": "混淆矩阵",
    "Precision-recall curve": "精确率-召回率曲线",
    "F1 vs confidence": "F1-置信度曲线",
    "Precision vs confidence": "精确率-置信度曲线",
    "Recall vs confidence": "召回率-置信度曲线",
    "Boxes in the training set": "训练集中的标注框",
    "Box position and size correlogram": "标注框位置与大小相关图",
}
