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
    chart = ClassChart()
    qtbot.addWidget(chart)
    chart.set_data(["猫", "狗"], [4, 1], [2, 1])
    chart.resize(400, 240)
    chart.show()
    qtbot.waitExposed(chart)
    img = chart.grab().toImage()
    assert not img.isNull() and img.width() >= 400


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
