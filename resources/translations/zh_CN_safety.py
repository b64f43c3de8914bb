"""Simplified Chinese for unsaved work, leftovers of interrupted saves, locked images, and model files that
can run code (merged by zh_CN.py)."""
ZH = {
    "Open the folder anyway and lose them?": "仍要打开该文件夹并丢弃它们吗？",
    "The boxes of {0} images could not be saved ({1}...).": "有 {0} 张图片的标注框未能保存（{1}……）。",
    "Unsaved boxes": "未保存的标注框",
    "Importing reads the folder again. Import anyway and lose them?": "导入会重新读取文件夹。仍要导入并丢弃它们吗？",
    "Quit anyway and lose them?": "仍要退出并丢弃它们吗？",
    "A class change that was interrupted has been finished ({0} files).": "已完成上次中断的类别修改（{0} 个文件）。",
    "Removed {0} temporary files left by an interrupted save (e.g. {1}).":
        "已删除 {0} 个中断保存留下的临时文件（例如 {1}）。",
    "This image cannot be edited: see the message above the photo.": "该图片不能编辑：请看图片上方的提示。",
    "Cancel": "取消",
    "Class change cancelled: no file was changed.": "已取消类别修改：没有文件被改动。",
    # workbench/ui/unsafe_model.py
    "This model file can run code": "此模型文件可以运行代码",
    "{0}\n\nLoad it anyway? Only if you trust whoever made the file: it can do anything your user account can.":
        "{0}\n\n仍要加载吗？只有在你信任该文件的制作者时才这样做：它可以执行你的用户账户能做的任何事。",
}
