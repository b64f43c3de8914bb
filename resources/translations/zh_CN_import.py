"""Simplified Chinese for File > Import Labels (merged by zh_CN.py)."""
ZH = {
    "Import labels": "导入标注",
    "Pascal VOC XML (LabelImg), a folder of .xml files": "Pascal VOC XML（LabelImg），一个 .xml 文件夹",
    "COCO JSON, one .json file": "COCO JSON，一个 .json 文件",
    "labelme JSON, a folder of .json files": "labelme JSON，一个 .json 文件夹",
    "Browse...": "浏览...",
    "Replace label files that already exist": "替换已存在的标注文件",
    "Off: images that already have labels keep them, and the report lists them":
        "不勾选：已有标注的图片保留原标注，并在报告中列出",
    "Boxes are converted to YOLO label files next to each image; class names are added to classes.txt.":
        "标注框会转换为每张图片旁的 YOLO 标注文件；类别名称会添加到 classes.txt。",
    "Import": "导入",
    "Format:": "格式：",
    "Annotations:": "标注：",
    "COCO annotation file": "COCO 标注文件",
    "COCO JSON (*.json)": "COCO JSON (*.json)",
    "Folder of annotation files": "标注文件所在文件夹",
    "Choose the annotation file or folder first.": "请先选择标注文件或文件夹。",
    "Open the folder of photos first, then import its labels.": "请先打开图片文件夹，再导入它的标注。",
}
