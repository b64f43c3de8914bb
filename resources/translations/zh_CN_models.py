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
    # advice sentences from the core (widgets/advice_texts.py, context "advice")
    'From scratch ({model}) on {n} photos the network starts knowing nothing: expect mAP near 0 for the first dozens of epochs; it needs about {epochs} epochs. A pretrained model, or one you trained before, needs only {lo}-{hi}.':
        '从零开始（{model}）在 {n} 张图片上训练，网络一开始什么都不会：前几十轮 mAP 接近 0 是正常的；大约需要 {epochs} 轮。预训练模型或你以前训练过的模型只需 {lo}–{hi} 轮。',
    'Starting from trained weights ({model}), {n} photos usually need {lo}-{hi} epochs to reach a useful score; {epochs} is a good start.':
        '从已训练的权重（{model}）开始，{n} 张图片通常需要 {lo}–{hi} 轮才能达到可用的分数；先试 {epochs} 轮。',
    "A typical box is {pct}% of the photo's side: image size {imgsz} makes it about {px} pixels wide.":
        '典型的标注框约占图片边长的 {pct}%：图片尺寸 {imgsz} 时它大约 {px} 像素宽。',
    'Only {v} photos are kept for validation: the score jumps around from epoch to epoch and says little; more labeled photos make it trustworthy.':
        '只有 {v} 张图片用于验证：分数会在各轮之间大幅跳动，参考价值不大；多标注一些图片会让分数更可信。',
    'Class {name} has only {k} boxes to learn from: label at least {few} (50 or more works well).':
        '类别 {name} 只有 {k} 个标注框可供学习：请至少标注 {few} 个（50 个以上效果更好）。',
    'No validation photo shows {name}, so its score cannot be measured: label more photos of {name} and build the dataset again.':
        '没有任何验证图片包含 {name}，所以无法衡量它的分数：请多标注一些含 {name} 的图片，然后重新生成数据集。',
    'mAP50-95 is {score:.3f}: {epochs} epochs from scratch are far too few; a network that starts from nothing needs about {need} on {n} photos. Train {more} more epochs from this run, or start from a pretrained model (20-50 epochs).':
        'mAP50-95 为 {score:.3f}：从零开始只训练 {epochs} 轮远远不够；从零开始的网络在 {n} 张图片上大约需要 {need} 轮。请从本次训练再训练 {more} 轮，或改用预训练模型（20–50 轮）。',
    'Get pretrained weights (a download, a mirror, or a file from another computer).':
        '获取预训练权重（下载、使用镜像，或从另一台电脑复制文件）。',
    'mAP50-95 is {score:.3f}: {epochs} epochs are too few even from trained weights; train {more} more epochs from this run.':
        'mAP50-95 为 {score:.3f}：即使从已训练的权重开始，{epochs} 轮也太少；请从本次训练再训练 {more} 轮。',
    'Training was stopped after {epochs} epochs; about {need} usually reach a useful score. Train {more} more epochs from this run.':
        '训练在 {epochs} 轮后被停止；通常需要约 {need} 轮才能达到可用的分数。请从本次训练再训练 {more} 轮。',
    '{name} was never found: there are only {k} boxes of {name} to learn from. Label more photos of {name} (at least {few}, better 50).':
        '{name} 一次也没有被找到：只有 {k} 个 {name} 的标注框可供学习。请多标注一些含 {name} 的图片（至少 {few} 个，最好 50 个）。',
    'mAP50-95 is still {score:.3f} after {epochs} epochs: the labels may not teach what you expect. Check the boxes on the Dataset page (right objects, right classes), and label more photos.':
        '训练 {epochs} 轮后 mAP50-95 仍为 {score:.3f}：标注可能没有教会模型你期望的内容。请在“数据集”页检查标注框（框住正确的目标、用对类别），并多标注一些图片。',
    '{name} was never found although other classes were: check that its boxes are drawn the same way everywhere, and look for it in the confusion matrix (Results).':
        '其他类别都找到了，{name} 却一次也没有被找到：请检查它的框是否处处画法一致，并在混淆矩阵（结果页）中查看它。',
    # history
    "Train more...": "继续训练……",
    "A new run of N more epochs from this run's last.pt, same data and settings":
        "从这次训练的 last.pt 再训练 N 轮（新的一次训练，数据和设置相同）",
    "Epochs to train from {0}'s last.pt (a new run with the same data and settings; a finished run cannot be "
    "extended itself):": "从 {0} 的 last.pt 再训练的轮数（新的一次训练，数据和设置相同；已完成的训练本身无法延长）：",
}
