"""Simplified Chinese for the core's message templates (context "Core"; merged by zh_CN.py).

Keyed by the English template of ``workbench.messages.define``; the ``{name}`` placeholders must
stay as they are (tests/test_translations.py checks it).
"""
ZH = {
    # workbench/labels.py: problems in a label file
    "values are separated by commas; YOLO expects spaces": "数值用逗号分隔；YOLO 要求用空格分隔",
    "{n} values: a polygon (segmentation) line; a box line has 5 values: class x_center y_center width height":
        "{n} 个数值：这是多边形（分割）行；标注框行应有 5 个数值：类别 中心x 中心y 宽 高",
    "{n} values; a box line has 5: class x_center y_center width height":
        "{n} 个数值；标注框行应有 5 个：类别 中心x 中心y 宽 高",
    "not a number: {value}": "不是数字：{value}",
    "NaN or infinite value": "数值为 NaN 或无穷大",
    "class id {value} is not a whole number >= 0": "类别编号 {value} 不是大于等于 0 的整数",
    "zero or negative width/height": "宽或高为零或负数",
    "coordinates outside 0..1": "坐标超出 0..1 范围",
    "box extends beyond the image": "标注框超出图片边界",
    "file starts with a UTF-8 BOM; Ultralytics reads it, but other tools may misread the first line (saving from Workbench removes it)":
        "文件以 UTF-8 BOM 开头；Ultralytics 能读取，但其他工具可能读错第一行（在 Workbench 中保存会去掉它）",
    "class id {cls} is not in classes.txt ({n} classes)": "类别编号 {cls} 不在 classes.txt 中（共 {n} 个类别）",
    "not UTF-8 text (byte {byte}); is this a label file?": "不是 UTF-8 文本（第 {byte} 字节）；这是标注文件吗？",
    # workbench/dataset/check.py: findings
    "{path}: {what}": "{path}：{what}",
    "cannot read the file ({why})": "无法读取文件（{why}）",
    "the file is empty (0 bytes); delete it or copy the photo again": "文件为空（0 字节）；请删除它或重新复制照片",
    "the image is too large for Ultralytics (PIL refuses more than {mp:.0f} megapixels); scale it down":
        "图片对 Ultralytics 来说太大（PIL 拒绝超过 {mp:.0f} 百万像素的图片）；请缩小它",
    "not an image Ultralytics can read ({why}); replace or delete it": "不是 Ultralytics 能读取的图片（{why}）；请替换或删除",
    "{fmt} images are not used by Ultralytics; convert it to JPEG or PNG": "Ultralytics 不使用 {fmt} 图片；请转换为 JPEG 或 PNG",
    "image is {w}x{h}; Ultralytics needs at least {min} px on each side": "图片为 {w}x{h}；Ultralytics 要求每边至少 {min} 像素",
    "the JPEG is truncated and cannot be decoded; copy the photo again from its source":
        "JPEG 文件不完整，无法解码；请从原处重新复制照片",
    "the JPEG does not end with its end marker; Ultralytics re-saves its copy in the dataset (your photo is not touched); re-save the photo to silence this":
        "JPEG 缺少结束标记；Ultralytics 会重新保存数据集中的副本（你的照片不会被改动）；重新保存照片即可消除此提示",
    "animated PNG; only the first frame is used": "动画 PNG；只使用第一帧",
    "very large image ({mp:.0f} megapixels); training shrinks it, so small objects may vanish":
        "图片很大（{mp:.0f} 百万像素）；训练时会缩小，小目标可能消失",
    "cannot read the label file ({why})": "无法读取标注文件（{why}）",
    "repeats line {first} (a duplicate box); Ultralytics uses it once, and so does the dataset":
        "与第 {first} 行重复（重复的标注框）；Ultralytics 只使用一次，数据集也只保留一次",
    "{ext} files are not used for training; convert it to JPEG or PNG to use it":
        "{ext} 文件不参与训练；转换为 JPEG 或 PNG 后才能使用",
    "there is no class list (classes.txt); add the classes on the Label page, one name per line":
        "没有类别列表（classes.txt）；请在“标注”页添加类别，每行一个名称",
    "no image has boxes yet; label some photos first": "还没有图片带标注框；请先标注一些照片",
    # workbench/dataset/stats.py: advice
    "class '{name}' has no boxes yet; label some, or delete the class": "类别“{name}”还没有标注框；请标注一些，或删除该类别",
    "class '{name}' has only {n} boxes; label at least {least} (better 100+) for it to be learned":
        "类别“{name}”只有 {n} 个标注框；至少标注 {least} 个（最好 100 个以上）模型才能学会它",
    "class '{name}' has only 1 box; label at least {least} (better 100+) for it to be learned":
        "类别“{name}”只有 1 个标注框；至少标注 {least} 个（最好 100 个以上）模型才能学会它",
    "{tiny} of {total} boxes are smaller than {px} px at image size {imgsz}; train with a larger image size or crop the photos":
        "{total} 个标注框中有 {tiny} 个在图片尺寸 {imgsz} 下小于 {px} 像素；请用更大的图片尺寸训练，或裁剪照片",
    "{n} images are not labeled yet and will be left out (save an image with no boxes to use it as a background)":
        "{n} 张图片尚未标注，将不被使用（保存一张没有标注框的图片即可作为背景图使用）",
    "1 image is not labeled yet and will be left out (save an image with no boxes to use it as a background)":
        "1 张图片尚未标注，将不被使用（保存一张没有标注框的图片即可作为背景图使用）",
    "more backgrounds ({backgrounds}) than labeled images ({labeled}); about 10% backgrounds is usual":
        "背景图（{backgrounds} 张）多于已标注图片（{labeled} 张）；背景图通常占 10% 左右",
    # workbench/dataset/split.py
    "class '{name}' has 1 image: it cannot be in both train and val; label more images of it":
        "类别“{name}”只有 1 张图片：无法同时出现在训练集和验证集中；请为它标注更多图片",
    "class '{name}' has no image in val: {why}; label more images of it or change the seed":
        "类别“{name}”在验证集中没有图片：{why}；请为它标注更多图片，或更换随机种子",
    "all its images are one burst or look-alike group": "它的所有图片属于同一组连拍或相似照片",
    "its images were assigned to train by an earlier split": "它的图片在之前的划分中已分到训练集",
    "moving any of its images would take another class out of train": "移动它的任何一张图片都会让另一个类别从训练集中消失",
    "class '{name}' has no image in train; label more images of it": "类别“{name}”在训练集中没有图片；请为它标注更多图片",
    "val {val} + test {test} must leave images for training: use fractions such as val 0.2, test 0.1":
        "验证集 {val} + 测试集 {test} 必须给训练留下图片：请使用 0.2（验证）、0.1（测试）这样的比例",
    # workbench/dataset/build.py
    "could not copy {src} to {dst}: {why}": "无法把 {src} 复制到 {dst}：{why}",
    "{out}: the dataset cannot replace the project folder; choose a folder such as {suggestion}":
        "{out}：数据集不能替换项目文件夹；请选择一个文件夹，例如 {suggestion}",
    "{out} is a file; choose a folder for the dataset": "{out} 是一个文件；请为数据集选择一个文件夹",
    "{out} is not empty and was not built by Workbench; choose an empty folder (Workbench replaces the whole folder on every build)":
        "{out} 不是空文件夹，也不是 Workbench 生成的；请选择一个空文件夹（每次生成时 Workbench 会替换整个文件夹）",
    "no image is labeled or marked as background yet; label some photos first": "还没有图片被标注或标记为背景；请先标注一些照片",
    "{path}: the class list is missing; add the classes first": "{path}：缺少类别列表；请先添加类别",
    "{path}: changed since the check (missing or has problems); check the dataset again":
        "{path}：检查后已被修改（缺失或有问题）；请重新检查数据集",
    "{path}: the dataset was built in {out}, but the split could not be stored ({why}); the next build may move images between train and val. Make the project folder writable and build again":
        "{path}：数据集已生成在 {out}，但无法保存划分结果（{why}）；下次生成时图片可能在训练集和验证集之间移动。请让项目文件夹可写，然后重新生成",
    # workbench/training/models.py
    "No model chosen: pick a pretrained .pt, a .yaml to train from scratch, or a .pt file.":
        "尚未选择模型：请选择预训练的 .pt、从零训练的 .yaml，或一个 .pt 文件。",
    "The model file {model} does not exist; choose another model file.": "模型文件 {model} 不存在；请选择其他模型文件。",
    "{model} is not a .pt weights file or a .yaml model config; choose one of those.":
        "{model} 既不是 .pt 权重文件，也不是 .yaml 模型配置；请选择其中一种。",
    "{model} is not on this computer and cannot be downloaded (no internet); train from scratch with {scratch}, or choose a .pt file you have.":
        "本机没有 {model}，也无法下载（没有网络）；请用 {scratch} 从零训练，或选择你已有的 .pt 文件。",
    "The weights file {model} does not exist; choose an existing .pt file.": "权重文件 {model} 不存在；请选择一个已有的 .pt 文件。",
    "{model} (pretrained, on disk)": "{model}（预训练，已在本机）",
    "{model} (pretrained, download)": "{model}（预训练，需下载）",
    "{model} (pretrained, not available)": "{model}（预训练，不可用）",
    "{model} nano (from scratch)": "{model} 超小型（从零训练）",
    "{model} small (from scratch)": "{model} 小型（从零训练）",
    "{model} medium (from scratch)": "{model} 中型（从零训练）",
    # workbench/training/setup.py and run.py
    "The checkpoint {path} does not exist; choose the last.pt of a paused run.": "检查点 {path} 不存在；请选择暂停的训练的 last.pt。",
    "{data} names no classes; add a names: list and build the dataset again.": "{data} 没有列出类别；请添加 names: 列表，然后重新生成数据集。",
    "The dataset file {data} does not exist; build the dataset again or choose its data.yaml.":
        "数据集文件 {data} 不存在；请重新生成数据集，或选择它的 data.yaml。",
    "Cannot read {data} ({why}); check the file and try again.": "无法读取 {data}（{why}）；请检查该文件后重试。",
    "{data} is not valid YAML; fix it or build the dataset again.": "{data} 不是有效的 YAML；请修正它或重新生成数据集。",
    "{data} line {line} is not valid YAML; fix it or build the dataset again.": "{data} 第 {line} 行不是有效的 YAML；请修正它或重新生成数据集。",
    "{data} is not a dataset description (no train/val/names); build the dataset again.":
        "{data} 不是数据集描述文件（没有 train/val/names）；请重新生成数据集。",
    "{data} has no {entries} entry; build the dataset again.": "{data} 缺少 {entries} 项；请重新生成数据集。",
    "The {split} images folder {folder} named in {data} does not exist; build the dataset again.":
        "{data} 中指定的 {split} 图片文件夹 {folder} 不存在；请重新生成数据集。",
    "No labeled images in the dataset of {data}: label some photos, then build the dataset again.":
        "{data} 的数据集中没有已标注的图片：请标注一些照片，然后重新生成数据集。",
    "{label} line {line} does not start with a class number; fix the label on the Label page.":
        "{label} 第 {line} 行不是以类别编号开头；请在“标注”页修正该标注。",
    "{label} line {line} uses class {cls}, but {data} names only {nc} class(es) (0-{last}); add the class or fix the label, then build the dataset again.":
        "{label} 第 {line} 行使用了类别 {cls}，但 {data} 只列出 {nc} 个类别（0-{last}）；请添加该类别或修正标注，然后重新生成数据集。",
    "Out of memory (batch {batch}, image size {imgsz}): choose a smaller batch, a smaller image size or a smaller model, then train again.":
        "内存不足（批大小 {batch}，图片尺寸 {imgsz}）：请选择更小的批大小、更小的图片尺寸或更小的模型，然后重新训练。",
    "Training was interrupted.": "训练被中断。",
    "A file or folder the run needs is missing ({error}). If the dataset was moved or deleted, build it again, then train again.":
        "训练需要的文件或文件夹缺失（{error}）。如果数据集被移动或删除，请重新生成，然后重新训练。",
    "The dataset has no usable labeled images ({error}); check it on the Dataset page.":
        "数据集中没有可用的已标注图片（{error}）；请在“数据集”页检查。",
    "Training failed: {error}. The log shows the details.": "训练失败：{error}。详情见日志。",
    "Training was cancelled before it started.": "训练在开始前被取消。",
    # workbench/importers/types.py: the import report
    "{files} label files written, {boxes} boxes": "已写入 {files} 个标注文件，{boxes} 个标注框",
    "{files} label files written, {boxes} boxes, {unchanged} already up to date":
        "已写入 {files} 个标注文件，{boxes} 个标注框，{unchanged} 个已是最新",
    "classes added: {names}": "新增类别：{names}",
    "{n} label files already exist and were kept (import again with overwrite to replace them):":
        "{n} 个标注文件已存在并被保留（勾选覆盖后重新导入即可替换）：",
    "{n} not converted:": "{n} 项未转换：",
    "{n} notes:": "{n} 条说明：",
    "cancelled: nothing was written": "已取消：没有写入任何文件",
    "  {text}": "  {text}",
    "{src}: no such file or folder": "{src}：文件或文件夹不存在",
    "{src}: no {suffix} files found; pick the folder that holds them": "{src}：没有找到 {suffix} 文件；请选择存放它们的文件夹",
}
ZH.update({
    # workbench/project.py
    "not a folder": "不是文件夹",
    "cannot read the class list ({why})": "无法读取类别列表（{why}）",
    "a class named {name} already exists; use Merge to combine classes": "已有名为 {name} 的类别；请用“合并”来合并类别",
    "a class name cannot be empty": "类别名不能为空",
    "there is no class {index}": "没有类别 {index}",
    "cannot merge class {index} into {into}": "无法把类别 {index} 并入 {into}",
    "{names} share one label file {label}; rename one of them so each image has its own labels":
        "{names} 共用一个标注文件 {label}；请重命名其中一个，使每张图片都有自己的标注",
    "its label file would be {label}, the class list; rename the image": "它的标注文件会是类别列表 {label}；请重命名这张图片",
    "not an image file inside the project folder {root}": "不是项目文件夹 {root} 中的图片文件",
})
ZH.update({
    # workbench/importers: why an annotation was not converted, notes
    "{why} (an existing file there is left as it was)": "{why}（那里已有的文件保持不变）",
    "unknown image size, {problem}": "图片尺寸未知，{problem}",
    "boxes were drawn on the photo as stored ({sw}x{sh}); turned to the upright image ({w}x{h}) as Ultralytics sees it":
        "标注框是在照片的存储方向（{sw}x{sh}）上画的；已转到 Ultralytics 所见的正向图片（{w}x{h}）",
    "the file says the image is {sw}x{sh} but {image} is {w}x{h}; boxes were converted against the real image, check them":
        "文件中写的图片尺寸是 {sw}x{sh}，但 {image} 实际是 {w}x{h}；标注框已按实际图片转换，请检查",
    "object {k} has no class name": "第 {k} 个对象没有类别名",
    "object {k} ({name}) has no area inside the {w}x{h} image": "第 {k} 个对象（{name}）在 {w}x{h} 的图片内没有面积",
    "{n} {note}": "{n} 个{note}",
    "{n} box(es) reached outside the image and were cut to it": "{n} 个标注框超出图片，已裁剪到图片内",
    "no box could be converted; no label file written": "没有可转换的标注框；未写入标注文件",
    "{other} already gave labels to {image}; kept those": "{other} 已为 {image} 提供标注；保留那些标注",
    "not valid JSON; fix or remove the file": "不是有效的 JSON；请修正或移除该文件",
    "not valid JSON (line {line}); fix or remove the file": "不是有效的 JSON（第 {line} 行）；请修正或移除该文件",
    "cannot read ({why})": "无法读取（{why}）",
    "not a labelme file (no \"shapes\" list)": "不是 labelme 文件（没有 \"shapes\" 列表）",
    "shape {k} is not an object": "第 {k} 个形状不是对象",
    "shape {k} ({label}): points are not x, y pairs": "第 {k} 个形状（{label}）：点不是 x, y 坐标对",
    "shape {k} ({label}) is a {kind}, which has no box": "第 {k} 个形状（{label}）是 {kind}，没有外接框",
    "shape {k} ({label}): a {kind} needs at least 2 points": "第 {k} 个形状（{label}）：{kind} 至少需要 2 个点",
    "polygon(s) converted to their bounding boxes": "多边形已转换为外接框",
    "circle(s) converted to their bounding boxes": "圆形已转换为外接框",
    "mask(s) converted to their bounding boxes": "掩码已转换为外接框",
    "not valid XML (line {line}); fix or remove the file": "不是有效的 XML（第 {line} 行）；请修正或移除该文件",
    "not a Pascal VOC file (the root element is <{tag}>, not <annotation>)":
        "不是 Pascal VOC 文件（根元素是 <{tag}>，而不是 <annotation>）",
    "object {k} ({label}) has a rotated box (robndbox); only axis-aligned boxes convert":
        "第 {k} 个对象（{label}）是旋转框（robndbox）；只能转换与坐标轴对齐的框",
    "object {k} ({label}) has no <bndbox>; only axis-aligned boxes convert":
        "第 {k} 个对象（{label}）没有 <bndbox>；只能转换与坐标轴对齐的框",
    "object {k} ({label}): <bndbox> lacks a number in xmin/ymin/xmax/ymax":
        "第 {k} 个对象（{label}）：<bndbox> 的 xmin/ymin/xmax/ymax 缺少数字",
    "give the COCO .json file itself ({n} .json files in this folder)": "请直接选择 COCO 的 .json 文件（此文件夹中有 {n} 个 .json 文件）",
    "not valid JSON (line {line})": "不是有效的 JSON（第 {line} 行）",
    "not a COCO file (needs \"images\" and \"annotations\" lists)": "不是 COCO 文件（需要 \"images\" 和 \"annotations\" 列表）",
    "an entry of \"images\" has no id": "\"images\" 中有一项没有 id",
    "{file}: image {id} ({name})": "{file}：图片 {id}（{name}）",
    "annotation {id} names image id {image_id}, which is not in \"images\"":
        "标注 {id} 指向图片 id {image_id}，但它不在 \"images\" 中",
    "annotation {id}: category id {cat} is not in \"categories\"": "标注 {id}：类别 id {cat} 不在 \"categories\" 中",
    "annotation {id} ({name}) is a crowd region (iscrowd=1); Ultralytics does not train on those, so it was left out":
        "标注 {id}（{name}）是人群区域（iscrowd=1）；Ultralytics 不用它训练，因此已略过",
    "annotation {id} ({name}) has no [x, y, w, h] bbox": "标注 {id}（{name}）没有 [x, y, w, h] 框",
    "'{ref}' not found; used the image with its name": "找不到“{ref}”；已使用同名的图片",
    "'{ref}' not found; used the image named like the annotation file": "找不到“{ref}”；已使用与标注文件同名的图片",
    "no image named in the file; used the image named like the annotation file": "文件中没有写图片名；已使用与标注文件同名的图片",
    "image not found: looked for '{ref}' in {root}": "找不到图片：在 {root} 中查找了“{ref}”",
    "image not found: looked for an image (the file names none) in {root}": "找不到图片：在 {root} 中查找图片（文件中没有写图片名）",
    "'{ref}' matches {n} images ({some}); move the annotation file beside its image or give the full path":
        "“{ref}”匹配到 {n} 张图片（{some}）；请把标注文件放到图片旁边，或写出完整路径",
})
ZH.update({
    # workbench/images.py
    "the file is empty (0 bytes)": "文件为空（0 字节）",
    "not an image Workbench can read (corrupt or another format)": "不是 Workbench 能读取的图片（已损坏或是其他格式）",
    "cannot read the image ({why})": "无法读取图片（{why}）",
    "{fmt} images are not used for training; convert it to JPEG or PNG": "{fmt} 图片不参与训练；请转换为 JPEG 或 PNG",
    "image is {w}x{h}; Ultralytics needs at least 10 px on each side": "图片为 {w}x{h}；Ultralytics 要求每边至少 10 像素",
    "animated PNG; only the first frame would be used": "动画 PNG；只会使用第一帧",
    "the JPEG is truncated (no end marker); Ultralytics would rewrite it": "JPEG 文件不完整（缺少结束标记）；Ultralytics 会重写它",
    # merged later: COCO boxes that cannot be used, where a model file was found
    "annotation {id} ({name}): bbox {bbox} holds a value that is not a number; left out":
        "标注 {id}（{name}）：bbox {bbox} 含有不是数字的值；已跳过",
    "annotation {id} ({name}): bbox {bbox} has a width or height of 0 or less; left out":
        "标注 {id}（{name}）：bbox {bbox} 的宽或高小于等于 0；已跳过",
    "{model} (pretrained, {where})": "{model}（预训练，{where}）",
    "{name} ({where})": "{name}（{where}）",
    "{model} is not on this computer and cannot be downloaded from here; get it with the Models button (a mirror, or a file copied from another computer), train from scratch with {scratch}, or choose a .pt file you have.":
        "本机没有 {model}，这里也无法下载；请用“模型”按钮获取（镜像地址，或从另一台电脑拷贝的文件），用 {scratch} 从零训练，或选择你已有的 .pt 文件。",
    "current folder": "当前文件夹",
    "model folder": "模型文件夹",
    "run of this project": "本项目的训练",
    "Ultralytics weights folder": "Ultralytics 权重文件夹",
    "dataset folder": "数据集文件夹",
})
