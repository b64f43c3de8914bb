"""Simplified Chinese for pre-labeling on the Label page (suggested boxes), merged by zh_CN.py."""
ZH = {
    # workbench/ui/label_actions.py
    "&Accept Suggestion": "接受建议框(&A)",
    "Turn the selected suggested box into a box": "把选中的建议框变成标注框",
    "Accept All Suggestions": "接受全部建议框",
    "Turn every suggested box of this image into a box": "把这张图片的所有建议框变成标注框",
    "&Reject Suggestion": "拒绝建议框(&R)",
    "Drop the selected suggested box": "丢弃选中的建议框",
    "Reject All Suggestions": "拒绝全部建议框",
    "Drop every suggested box of this image (label files are not touched)":
        "丢弃这张图片的所有建议框（不改动标注文件）",
    "&Pre-label Unlabeled Images...": "预标注未标注的图片(&P)……",
    "Run a trained model on images without a label file; its boxes appear as suggestions to accept or reject":
        "用训练好的模型处理没有标注文件的图片；它给出的框作为建议框显示，可接受或拒绝",
    "Click a dashed box": "点击虚线框",
    "Select a suggestion (a digit changes its class; a drag from it draws a new box)":
        "选中建议框（按数字键改类别；从它上面拖动则画一个新框）",
    # workbench/ui/prelabel_flow.py
    "{0} suggestions: Enter accepts the selected, Ctrl+Enter all; Del rejects the selected, Ctrl+Del all. "
    "Nothing is saved until you accept.":
        "{0} 个建议框：回车接受选中的，Ctrl+回车接受全部；Del 拒绝选中的，Ctrl+Del 拒绝全部。接受之前不会保存任何内容。",
    "Could not save the suggestions ({0}); they are kept until you close Workbench.":
        "无法保存建议框（{0}）；在关闭 Workbench 之前它们仍保留在内存中。",
    "Choose a model to pre-label with (a .pt file can run code: only open models you trust)":
        "选择用于预标注的模型（.pt 文件可以运行代码：只打开你信任的模型）",
    "YOLO models (*.pt *.onnx);;All files (*)": "YOLO 模型 (*.pt *.onnx);;所有文件 (*)",
    "Pre-label": "预标注",
    "Keep boxes the model is at least this sure of (0.01 to 0.99):": "只保留模型置信度不低于此值的框（0.01 到 0.99）：",
    "Loading the model {0}...": "正在加载模型 {0}……",
    "Cancel": "取消",
    "Pre-label failed": "预标注失败",
    "Cannot add class": "无法添加类别",
    "Pre-labeling images without a label file...": "正在预标注没有标注文件的图片……",
    "The model's classes differ": "模型的类别与项目不同",
    "The model knows classes this project does not have: {0}.\nClasses with the same name are matched by name.":
        "模型有本项目没有的类别：{0}。\n同名的类别按名称对应。",
    "No class of the model matches this project's classes by name. The model's classes: {0}.":
        "模型没有任何类别与本项目的类别同名。模型的类别：{0}。",
    "Add them to classes.txt": "把它们添加到 classes.txt",
    "Skip those boxes": "跳过这些框",
    "Pre-labeled {0} images: {1} suggested boxes. Images with a label file were not touched.":
        "已预标注 {0} 张图片：{1} 个建议框。已有标注文件的图片未被改动。",
    "Stopped. ": "已停止。",
    # workbench/ui/label_page.py
    "Marked as checked, no objects; {0} suggestions rejected.": "已标记为“已检查，无目标”；拒绝了 {0} 个建议框。",
    # workbench/widgets/image_list.py
    "{0} suggested boxes to accept or reject": "{0} 个建议框待接受或拒绝",
    "Has suggestions": "有建议框",
}
