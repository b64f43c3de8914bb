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
}
