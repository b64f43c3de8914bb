"""Simplified Chinese for the question before loading a model file that can run code (merged by zh_CN.py)."""
ZH = {
    # workbench/ui/unsafe_model.py
    "This model file can run code": "此模型文件可以运行代码",
    "{0}\n\nLoad it anyway? Only if you trust whoever made the file: it can do anything your user account can.":
        "{0}\n\n仍要加载吗？只有在你信任该文件的制作者时才这样做：它可以执行你的用户账户能做的任何事。",
}
