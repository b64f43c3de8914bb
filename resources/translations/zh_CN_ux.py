"""Simplified Chinese for the texts of the "every step clear" work (issue 13): class popup, class
sync messages, background naming, split explanation, shortcuts window, preview states, term help."""
ZH = {
    # class of a new box
    "Class of the new box": "新框的类别",
    "Type to filter, Enter to accept, Esc to cancel the box": "输入以筛选，回车确认，Esc 取消这个框",
    "Selected box: {0}": "所选框：{0}",
    "New boxes: {0}": "新框的类别：{0}",
    "New box: {0}. Press 1-9 or click a class to change it.": "新框：{0}。按 1-9 或点击类别可更改。",
    "Box cancelled.": "已取消这个框。",
    "As&k the Class After Each Box": "每画一个框后询问类别(&K)",
    "After drawing a box, pick its class in a small list (type to filter, Enter accepts, Esc drops the box)":
        "画完框后在小列表中选择类别（输入以筛选，回车确认，Esc 丢弃该框）",

    # one name: background (no objects)
    "background (no objects)": "背景（无目标）",
    "Background (no objects)": "背景（无目标）",
    "Background (no objects): a photo you checked that holds nothing to label. Training uses it to learn what is not an object, which cuts false detections.":
        "背景（无目标）：已检查、没有需要标注的东西的图片。训练时用它让模型学会什么不是目标，从而减少误检。",
    "{0} labeled, {1} background (no objects), {2} not labeled (left out), {3} problems":
        "已标注 {0}，背景（无目标）{1}，未标注 {2}（不使用），有问题 {3}",
    "Built in {0:.1f} s: {1} ({2} background (no objects)).": "用时 {0:.1f} 秒建成：{1}（背景（无目标）{2}）。",
    "{0} images: {1} labeled, {2} background (no objects), {3} not labeled, {4} problems":
        "共 {0} 张：已标注 {1}，背景（无目标）{2}，未标注 {3}，有问题 {4}",
    "Mark as &Background (No Objects)": "标记为背景（无目标）(&B)",
    "This photo holds nothing to label: training uses it to learn what is not an object":
        "这张图片没有需要标注的东西：训练时用它让模型学会什么不是目标",
    "This image has {0} boxes; delete them first to mark it as background (no objects).":
        "这张图片有 {0} 个标注框；先删除它们，才能标记为背景（无目标）。",
    "Marked as background (no objects).": "已标记为背景（无目标）。",
    "Marked as background (no objects); {0} suggestions rejected.": "已标记为背景（无目标）；已拒绝 {0} 个建议框。",
    # dataset: split share and stale build
    "The project changed since this build: {0} images are ready to train now, the dataset holds {1}. Build again to include the changes.":
        "自这次构建以来项目有变化：现在有 {0} 张图片可用于训练，数据集中只有 {1} 张。请重新构建以包含这些变化。",
    "Validation is {0} % instead of {1} %: photos taken in bursts or looking alike stay together ({2} groups), so the model is not tested on near-copies of its training photos. With more groups (more separate shots) the share gets closer to {1} %.":
        "验证集占 {0} %，而不是设定的 {1} %：连拍或相似的图片会放在同一个子集（共 {2} 组），这样模型不会用几乎相同的训练图片来测试自己。组越多（分开拍摄的照片越多），比例越接近 {1} %。",
    "Validation is {0} % instead of {1} %: with {2} photos each photo moves the share by about {3} %, and every class needs a photo in validation. With more photos the share gets closer to {1} %.":
        "验证集占 {0} %，而不是设定的 {1} %：只有 {2} 张图片时，每张图片会让比例变化约 {3} %，而且每个类别在验证集中都需要一张图片。图片越多，比例越接近 {1} %。",
    "A group is a burst of photos taken within seconds, or photos that look almost the same. A group always goes to one subset, so the model is not tested on near-copies of its training photos.":
        "一组是几秒内连拍的图片，或看起来几乎相同的图片。一组总是进入同一个子集，这样模型不会用几乎相同的训练图片来测试自己。",
    "train {0}": "训练 {0}",
    "val {0}": "验证 {0}",
    "test {0}": "测试 {0}",
    # shortcuts and help
    "Keyboard shortcuts": "键盘快捷键",
    "Key": "按键",
    "Action": "操作",
    "&Words Explained": "术语解释(&W)",
    "Words explained": "术语解释",
    "Word": "术语",
    "What it means": "含义",
    # preview
    "The export runs at {0}x{1}; another size runs the .pt (slower)": "导出的模型固定以 {0}x{1} 运行；选择其他尺寸会改用 .pt（较慢）",
    "This exported model always runs at {0}x{1}; choosing another size runs the .pt instead, which is slower":
        "这个导出的模型总是以 {0}x{1} 运行；选择其他尺寸会改用 .pt 运行，速度较慢",
    "Warning: INT8 calibration used only {0} images ({1} or more are recommended), so the INT8 model may find less than the .pt. Compare them here, or label more photos and export again.":
        "注意：INT8 校准只用了 {0} 张图片（建议 {1} 张以上），因此 INT8 模型找到的目标可能比 .pt 少。可以在这里对比两者，或标注更多图片后重新导出。",
    "Ultralytics warned: {0}": "Ultralytics 警告：{0}",
    "Image size {0}: the export only runs at {1}, so the .pt runs now (slower).": "图像尺寸 {0}：导出的模型只能以 {1} 运行，现在改用 .pt（较慢）。",
    "loading the model...": "正在加载模型……",
    "Loading the model {0}...": "正在加载模型 {0}……",
    "Replay": "重播",
    "Play the video or image folder again from the start": "从头再次播放视频或图片文件夹",
    "Label it": "去标注",
    "Open the captured image on the Label page, to accept or fix the model's boxes": "在标注页打开抓取的图片，接受或修改模型给出的框",
    # train
    "%p%": "%p%",
    "Progress of the current epoch (one pass over all training photos)": "当前轮次的进度（把所有训练图片过一遍）",
    "Progress of the whole training run, all epochs": "整个训练（所有轮次）的进度",
    "Try it in Preview": "在预览中试用",
    "See the trained model find objects on your camera, a video or photos": "看训练好的模型在摄像头、视频或图片上找目标",
    "This epoch:": "本轮：",
    "All epochs:": "全部轮次：",
    # terms
    "backend": "后端",
    "The engine that runs the model: pytorch runs the .pt as trained; onnx and openvino run an export of it, which is faster on a CPU.":
        "运行模型的引擎：pytorch 直接运行训练得到的 .pt；onnx 和 openvino 运行它的导出版本，在 CPU 上更快。",
    "How much two boxes overlap (intersection over union): 0 = not at all, 1 = the same box.":
        "两个框重叠的程度（交并比）：0 表示完全不重叠，1 表示是同一个框。",
    "IoU threshold": "IoU 阈值",
    "Two boxes of one class that overlap more than this count as one object; lower it when one object gets two boxes.":
        "同一类别的两个框重叠超过这个值时算作一个目标；一个目标出现两个框时，把它调低。",
    "confidence": "置信度",
    "How sure the model is of a box, 0 to 1; boxes below the threshold are hidden.": "模型对一个框有多确定，0 到 1；低于阈值的框会被隐藏。",
    "The main score of a detector, 0 to 1, higher is better: finding the objects and placing the boxes tightly, averaged over overlaps (IoU) from 50 % to 95 %.":
        "检测模型的主要得分，0 到 1，越高越好：既要找到目标，又要把框画准，在 50 % 到 95 % 的重叠度（IoU）上取平均。",
    "Like mAP50-95, but a box counts as right when it covers at least half the object: a more forgiving score.":
        "和 mAP50-95 类似，但框只要覆盖目标的一半以上就算对：一个更宽松的得分。",
    "Of the boxes the model drew, the share that were right (low: false alarms).": "模型画出的框中正确的比例（低：误报多）。",
    "Of the objects in the photos, the share the model found (low: missed objects).": "图片中的目标被模型找到的比例（低：漏检多）。",
    "loss": "损失",
    "How wrong the model still is on the photos; it should fall as training goes on. (val) is measured on the validation photos the model does not learn from.":
        "模型在图片上还错多少；训练过程中应当下降。（验证）是在模型不学习的验证图片上测得的。",
    "box_loss": "box_loss（框损失）",
    "The error in where the boxes are and how big.": "框的位置和大小上的误差。",
    "cls_loss": "cls_loss（类别损失）",
    "The error in which class a box is.": "框的类别判断上的误差。",
    "dfl_loss": "dfl_loss（边缘损失）",
    "The error in the exact position of each box edge (distribution focal loss).": "每条框边精确位置上的误差（分布焦点损失）。",
    "One pass of training over all training photos.": "训练把所有训练图片过一遍。",
    "batch": "批次",
    "The photos the model learns from in one step; an epoch is many batches.": "模型一步中学习的一组图片；一个轮次包含很多批次。",
    "freeze layers": "冻结层数",
    "The network is a stack of layers; frozen ones keep what a pretrained model learned (edges, shapes) and only the rest learns your objects: faster, and better with few photos.":
        "网络由一层层叠成；被冻结的层保留预训练模型学到的东西（边缘、形状），只有其余的层学习你的目标：更快，图片少时效果更好。",
    "learning rate": "学习率",
    "How big a change each training step makes to the network: too big is unstable, too small is slow.":
        "每一步训练对网络改动的幅度：太大不稳定，太小学得慢。",
    "cosine learning-rate schedule": "余弦学习率调度",
    "The learning rate falls along a smooth curve (slowly, fast, slowly) instead of a straight line; sometimes a little better at the end.":
        "学习率沿一条平滑曲线下降（先慢、再快、再慢），而不是直线下降；有时最终效果略好。",
    ".yaml model": ".yaml 模型",
    "A description of the network without anything learned: training starts from zero and needs more photos and epochs. A .pt file holds a trained network.":
        "只描述网络结构、没有学到任何东西：训练从零开始，需要更多图片和轮次。.pt 文件里是训练好的网络。",
    ".pt model": ".pt 模型",
    "A trained network (PyTorch weights), e.g. a pretrained YOLO or your run's best.pt.": "训练好的网络（PyTorch 权重），例如预训练的 YOLO 或你某次训练的 best.pt。",
    "data.yaml": "data.yaml",
    "The small text file that tells training where the train and validation photos are and the class names; Build dataset writes it.":
        "一个小文本文件，告诉训练程序训练和验证图片在哪里以及类别名称；“构建数据集”会写出它。",
    "A photo you checked that holds nothing to label: training uses it to learn what is not an object.":
        "已检查、没有需要标注的东西的图片：训练时用它让模型学会什么不是目标。",
    "validation": "验证",
    "Photos kept aside: the model never learns from them, so its score on them shows how it does on new photos.":
        "留出来的图片：模型从不从中学习，所以在它们上的得分能反映模型在新图片上的表现。",
    "INT8": "INT8",
    "An export that computes with 8-bit numbers: 2-3x faster on a CPU, slightly less exact; calibrated on your photos.":
        "用 8 位整数计算的导出：在 CPU 上快 2-3 倍，精度略低；用你的图片做校准。",
}
