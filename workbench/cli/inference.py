"""``workbench predict MODEL SOURCE`` and ``workbench export MODEL --format onnx|openvino``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


TRUST_HELP = ("load MODEL even if it would run code from the file (an ordinary pickle load); "
              "only for a file from someone you trust")


def trust_if_asked(args: argparse.Namespace, *paths) -> None:
    """``--trust-model``: the user confirmed these files on the command line."""
    if getattr(args, "trust_model", False):
        from ..checkpoints import trust_checkpoint

        for p in paths:
            if p:
                trust_checkpoint(p)


def register(subparsers) -> None:
    """Add the ``predict`` and ``export`` subcommands."""
    p = subparsers.add_parser(
        "predict", help="run a model on a camera, video, image folder or image",
        description="Run a detection model on every frame of SOURCE and print what it finds. "
                    "A .pt file is loaded weights-only; one that would run code is refused unless "
                    "--trust-model is given.")
    p.add_argument("model", help="best.pt, any YOLO .pt, an .onnx file or an *_openvino_model folder")
    p.add_argument("source", help="camera index (0), video file, image folder or image")
    p.add_argument("--conf", type=float, default=0.25, help="minimum confidence (default 0.25)")
    p.add_argument("--iou", type=float, default=0.7, help="NMS IoU threshold (default 0.7)")
    p.add_argument("--imgsz", type=int, default=None,
                   help="network input size (default: the size the model was trained at, else 640)")
    p.add_argument("--save", metavar="DIR", help="write each frame with its boxes drawn as a JPEG into DIR")
    p.add_argument("--max-frames", type=int, default=0, help="stop after N frames (0: all; a camera runs until Ctrl+C)")
    p.add_argument("--trust-model", action="store_true", help=TRUST_HELP)
    p.set_defaults(func=predict_command)

    e = subparsers.add_parser(
        "export", help="export a .pt model to ONNX or OpenVINO (faster on CPU)",
        description="Export a .pt model next to it. Preview then uses the fastest export that loads.")
    e.add_argument("model", help="the .pt file to export")
    e.add_argument("--format", choices=["onnx", "openvino"], default="onnx")
    e.add_argument("--imgsz", type=int, default=None, help="input size (default: the training size)")
    e.add_argument("--half", action="store_true", help="FP16 weights")
    e.add_argument("--int8", action="store_true", help="INT8 quantization (needs --data)")
    e.add_argument("--data", help="data.yaml with calibration images for --int8")
    e.add_argument("--dynamic", action="store_true", help="allow any input size")
    e.add_argument("--trust-model", action="store_true", help=TRUST_HELP)
    e.set_defaults(func=export_command)


def _draw(image, detections):
    import cv2

    out = image.copy()
    for d in detections:
        p1, p2 = (int(d.x1), int(d.y1)), (int(d.x2), int(d.y2))
        cv2.rectangle(out, p1, p2, (0, 200, 255), 2)
        cv2.putText(out, f"{d.name} {d.conf:.2f}", (p1[0], max(12, p1[1] - 4)), cv2.FONT_HERSHEY_SIMPLEX,
                    0.5, (0, 200, 255), 1, cv2.LINE_AA)
    return out


def predict_command(args: argparse.Namespace) -> int:
    """Run ``args.model`` over every frame of ``args.source``; 0 on success, 2 on bad input."""
    import time

    from ..inference.frame_sources import SourceError, open_source
    from ..inference import InferenceError, load_detector
    from ..labels import atomic_write_bytes
    from ..checkpoints import UnsafeCheckpoint

    trust_if_asked(args, args.model)
    try:
        det = load_detector(args.model)
        source = open_source(args.source, realtime=False)
    except (InferenceError, SourceError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except UnsafeCheckpoint as e:
        print(f"error: {e}" + (" (pass --trust-model to load it anyway)" if e.runs_code else ""), file=sys.stderr)
        return 2
    save = Path(args.save) if args.save else None
    # A model trained at 320 finds little at 640 (objects look twice as big as it learned them).
    imgsz = int(args.imgsz or getattr(det, "train_imgsz", None) or 640)
    print(f"model {det.path.name} ({det.backend}, {len(det.names)} classes) on {source.name}, imgsz {imgsz}",
          flush=True)
    n = total = 0
    t0 = time.perf_counter()
    try:
        for frame in source.frames():
            dets = det.predict(frame.image, conf=args.conf, iou=args.iou, imgsz=imgsz)
            n += 1
            total += len(dets)
            label = frame.path.name if frame.path else f"frame {frame.index}"
            found = ", ".join(f"{d.name} {d.conf:.2f}" for d in dets) or "nothing"
            print(f"{label}: {found}", flush=True)
            if save is not None:
                import cv2

                stem = frame.path.stem if frame.path else f"{Path(source.name).stem}_{frame.index:06d}"
                ok, buf = cv2.imencode(".jpg", _draw(frame.image, dets))
                if ok:
                    atomic_write_bytes(save / f"{stem}.jpg", buf.tobytes())
            if args.max_frames and n >= args.max_frames:
                break
    except KeyboardInterrupt:
        pass
    except (InferenceError, SourceError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        source.close()
    dt = time.perf_counter() - t0
    if source.message:
        print(f"warning: {source.message}", file=sys.stderr)
    for msg in getattr(source, "skipped", []):
        print(f"skipped: {msg}", file=sys.stderr)
    print(f"{n} frames, {total} detections, {n / dt if dt > 0 else 0:.1f} frames/s"
          + (f"; saved to {save}" if save is not None else ""), flush=True)
    return 0


def export_command(args: argparse.Namespace) -> int:
    """Export ``args.model``; prints the exported path. 0 on success, 2 on failure."""
    from ..checkpoints import UnsafeCheckpoint
    from ..inference import InferenceError, export_model

    trust_if_asked(args, args.model)
    try:
        out = export_model(args.model, args.format, half=args.half, int8=args.int8, imgsz=args.imgsz,
                           data=args.data, dynamic=args.dynamic)
    except InferenceError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except UnsafeCheckpoint as e:
        print(f"error: {e}" + (" (pass --trust-model to load it anyway)" if e.runs_code else ""), file=sys.stderr)
        return 2
    print(out)
    return 0
