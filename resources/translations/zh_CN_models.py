"""Simplified Chinese for the model manager, the what-to-expect box and the diagnosis after a run
(ui/model_manager.py, ui/train_guidance.py, widgets/train_advice.py); merged by zh_CN.py."""
ZH = {
    # diagnosis panel
    " epochs": " 轮",
    "Train more": "继续训练",
    "A new run that starts from this run's last.pt with the same data and settings. A finished run cannot be "
    "extended itself; the weights carry on, the learning rate starts again.":
        "新开一次训练，从本次训练的 last.pt 出发，使用相同的数据和设置。已完成的训练本身无法延长；"
        "权重会延续，学习率从头开始。",
    "Starts a new run from this run's last.pt (same data and settings).": "从本次训练的 last.pt 开始一次新训练（数据和设置相同）。",
    "Train {0} more epochs": "再训练 {0} 轮",
    "Get pretrained weights...": "获取预训练权重……",
    "Label more {0}": "多标注一些 {0}",
    # what to expect
    "What to expect": "预期效果",
    "Choose a dataset to see what to expect.": "选择数据集后，这里会说明预期效果。",
    "Put the suggested epochs and image size into the form": "把建议的轮数和图片尺寸填入表单",
    "Use {0} epochs, image size {1}": "使用 {0} 轮，图片尺寸 {1}",
    # model manager
    "Models": "模型",
    "Where it comes from": "来源",
    "Size": "大小",
    "Add model file...": "添加模型文件……",
    "Copy a .pt file (from another computer, a USB stick, a colleague) into Workbench's model folder":
        "把 .pt 文件（来自另一台电脑、U 盘或同事）复制到 Workbench 的模型文件夹",
    "Open model folder": "打开模型文件夹",
    "Where the files are downloaded from. Empty: Ultralytics' GitHub release. Where GitHub is slow or blocked, "
    "enter a mirror of that release folder.":
        "从哪里下载文件。留空：Ultralytics 的 GitHub 发布页。如果 GitHub 很慢或无法访问，请填写该发布目录的镜像地址。",
    "Download": "下载",
    "Pretrained models learn from few photos in 20-50 epochs. Downloads and added files go to {0}":
        "预训练模型只需少量图片、20–50 轮即可学会。下载和添加的文件保存在 {0}",
    "Pretrained model": "预训练模型",
    "Download from": "下载地址",
    "Models on this computer:": "本机上的模型：",
    "Workbench's model folder": "Workbench 模型文件夹",
    "Ultralytics' weights folder": "Ultralytics 权重文件夹",
    "the dataset's folder": "数据集文件夹",
    "the current folder": "当前文件夹",
    "a run of this project": "本项目的一次训练",
    "Downloading {0}...": "正在下载 {0}……",
    "Downloaded and checked: {0}. It is now in the Train page's model list.":
        "已下载并检查：{0}。它已出现在“训练”页的模型列表中。",
    "Cancelled. Press Download again to continue where it stopped.": "已取消。再次点击“下载”可从中断处继续。",
    "Download failed: {0}": "下载失败：{0}",
    "Add model files": "添加模型文件",
    "Checking and copying {0} file(s)...": "正在检查并复制 {0} 个文件……",
    "Could not add: {0}": "无法添加：{0}",
    "Added {0}": "已添加 {0}",
    "Not added: {0}": "未添加：{0}",
    # train page
    "Models...": "模型……",
    "Models on this computer; download pretrained weights (also through a mirror) or add a .pt file from "
    "another computer": "本机上的模型；下载预训练权重（也可通过镜像），或添加来自另一台电脑的 .pt 文件",
    "Training {0} more epochs from {1} (a new run: {2})...": "从 {1} 再训练 {0} 轮（新的训练：{2}）……",
    "Photos with {0}: label more photos like these (N: next unlabeled image).": "包含 {0} 的图片：请照这些样子多标注一些图片（N：下一张未标注图片）。",
}
