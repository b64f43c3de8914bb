import numpy as np

from workbench.widgets.box_size_chart import SIZE_BINS, BoxSizeChart
from workbench.widgets.class_chart import ClassChart


def test_one_bar_per_class_with_names_on_the_axis(qtbot):
    chart = ClassChart()
    qtbot.addWidget(chart)
    names = ["cat", "红色 苹果", "dog"]
    chart.set_data(names, [5, 2, 0], [3, 1, 0])
    chart.resize(500, 300)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.bar_count() == 3
    assert list(chart.instance_bars.opts["width"]) == [5, 2, 0]
    assert list(chart.image_bars.opts["width"]) == [3, 1, 0]
    ticks = chart.plot.getAxis("left")._tickLevels[0]
    assert [t[1] for t in ticks] == names
    # a new report replaces the bars, it does not add to them
    chart.set_data(["a", "b"], [1, 1], [1, 1])
    assert chart.bar_count() == 2 and chart.tick_names() == ["a", "b"]


def test_chart_paints_chinese_names(qtbot):
    """The axis font (or a fallback of it) has the glyphs, and they are really painted: with
    missing glyphs every name is the same empty box, so swapping two names or replacing them by
    characters no font has would paint the same pixels."""
    from PySide6.QtGui import QFont, QFontMetrics

    chart = ClassChart()
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.show()
    qtbot.waitExposed(chart)
    left = chart.plot.getAxis("left")
    metrics = QFontMetrics(left.style.get("tickFont") or QFont())
    assert all(metrics.inFontUcs4(ord(c)) for c in "猫狗"), "no installed font draws Chinese (fonts-noto-cjk)"

    def painted(names):
        chart.set_data(names, [4, 1], [2, 1])
        return chart.grab().toImage()

    chinese = painted(["猫", "狗"])
    assert not chinese.isNull() and chinese.width() >= 400
    assert chinese != painted(["狗", "猫"])                 # two different glyphs, not two boxes
    assert chinese != painted(["\ue000", "\ue001"])        # not the missing-glyph box
    assert chart.tick_names() == ["\ue000", "\ue001"]


def test_box_size_chart_counts_every_box(qtbot):
    chart = BoxSizeChart()
    qtbot.addWidget(chart)
    rng = np.random.default_rng(1)
    wh = rng.uniform(2, 300, (20_000, 2))
    wh[0] = (700, 5)                        # larger than the training size: clipped into the last bin
    chart.set_data([tuple(r) for r in wh], imgsz=640)
    assert chart.boxes == len(wh)
    assert int(chart.size_counts.sum()) == len(wh)
    assert chart.size_counts[0, SIZE_BINS - 1] == 1   # row: height bin 0, column: width bin 63
    assert int(np.sum(chart.aspect_bars.opts["height"])) == len(wh)
    chart.set_data([])
    assert chart.boxes == 0 and chart.size_counts.sum() == 0
