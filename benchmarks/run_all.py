"""Run every benchmark script, one process each; exit non-zero if any missed its goal."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["bench_startup.py", "bench_open_folder.py", "bench_next_image.py", "bench_save.py", "bench_canvas.py",
           "bench_suggestions.py", "bench_import.py", "bench_huge_label.py",
           # the loop's later pages: minutes each (10,000-photo datasets, real training, video)
           "bench_dataset.py", "bench_dataset_page.py", "bench_training.py", "bench_train_gui_lag.py",
           "bench_preview.py", "bench_preview_display.py"]


def main() -> int:
    failed = []
    for name in SCRIPTS:
        print(f"== {name}", flush=True)
        if subprocess.run([sys.executable, str(HERE / name)], cwd=HERE).returncode:
            failed.append(name)
    print("all goals met" if not failed else f"missed goals: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
