"""Simplified Chinese for the Train page's progress phases, fast Stop and "Validate best.pt"."""
ZH = {
    "Stopping after this batch...": "本批次结束后停止……",
    "Starting the training process...": "正在启动训练进程……",
    "Loading PyTorch and Ultralytics...": "正在加载 PyTorch 和 Ultralytics……",
    "Loading the model...": "正在加载模型……",
    "Scanning {0} labeled images...": "正在扫描 {0} 张已标注图片……",
    "Scanning the dataset...": "正在扫描数据集……",
    "Caching images in memory...": "正在把图片缓存到内存……",
    "Epoch 1: batch 1 of {0} running...": "第 1 轮：正在训练第 1 批（共 {0} 批）……",
    "Validating epoch {0} of {1}...": "正在验证第 {0} 轮（共 {1} 轮）……",
    "Validating best.pt...": "正在验证 best.pt……",
    "Validating {0}...": "正在验证 {0}……",
    "best.pt validated: mAP50-95 {0:.3f}": "best.pt 验证完成：mAP50-95 {0:.3f}",
    "best.pt validated.": "best.pt 验证完成。",
    "Validate best.pt": "验证 best.pt",
    "Run the final validation that Stop skipped and fill in the scores": "运行停止时跳过的最终验证，并填入各项分数",
    "Stopped early; best.pt holds the best epoch so far. The scores below are the last epoch's; "
    "press \"Validate best.pt\" for those of best.pt.":
        "已提前停止；best.pt 保存了目前最好的一轮。下面的分数来自最后一轮；按“验证 best.pt”可得到 best.pt 的分数。",
    "automatic (in memory when it fits)": "自动（内存放得下时缓存到内存）",
}
