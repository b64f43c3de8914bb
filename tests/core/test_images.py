"""Images: formats, bad files, EXIF orientation as Ultralytics applies it."""
import numpy as np
import pytest
from PIL import Image

from workbench import images
from workbench.images import image_info


def pattern(w=96, h=64):
    """An asymmetric test picture: every rotation/flip of it is different."""
    a = np.zeros((h, w, 3), np.uint8)
    a[: h // 2, : w // 3] = (255, 0, 0)
    a[h // 2:, w // 2:] = (0, 255, 0)
    a[:8, -8:] = (0, 0, 255)
    return a


def test_formats_are_the_overlap_of_ultralytics_and_qt(qapp):
    from PySide6.QtGui import QImageReader
    from ultralytics.data.utils import IMG_FORMATS

    qt = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    assert images.IMAGE_SUFFIXES == set(IMG_FORMATS) & qt


@pytest.mark.parametrize("kind", ["gray", "rgba", "cmyk", "png16"])
def test_unusual_but_valid_images(tmp_path, qapp, kind):
    from workbench.widgets.image_loader import decode_image

    p = tmp_path / ("a.png" if kind in ("rgba", "png16") else "a.jpg")
    rgb = pattern()
    if kind == "gray":
        Image.fromarray(rgb[..., 0]).save(p)
    elif kind == "rgba":
        Image.fromarray(np.dstack([rgb, np.full(rgb.shape[:2], 128, np.uint8)])).save(p)
    elif kind == "cmyk":
        Image.fromarray(rgb).convert("CMYK").save(p)
    else:
        import cv2

        cv2.imencode(".png", rgb.astype(np.uint16) * 257)[1].tofile(str(p))
    assert image_info(p) == images.ImageInfo(96, 64, None)
    d = decode_image(str(p), None)
    assert (d.width, d.height, d.full) == (96, 64, True)
    assert images.decode(p).shape == (64, 96, 3)


def test_broken_files_get_a_problem_naming_the_file(tmp_path, qapp):
    from workbench.widgets.image_loader import decode_image

    zero = tmp_path / "零.jpg"
    zero.write_bytes(b"")
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"this is not a png" * 10)
    Image.fromarray(pattern(400, 300)).save(tmp_path / "full.jpg", quality=90)
    data = (tmp_path / "full.jpg").read_bytes()
    trunc = tmp_path / "trunc.jpg"
    trunc.write_bytes(data[: len(data) // 2])
    tiny = tmp_path / "tiny.png"
    Image.fromarray(pattern(8, 8)).save(tiny)
    assert "empty (0 bytes)" in image_info(zero).problem and str(zero) in image_info(zero).problem
    assert "not an image" in image_info(junk).problem
    assert "truncated" in image_info(trunc).problem
    assert "at least 10 px" in image_info(tiny).problem
    for p in (zero, junk):
        with pytest.raises(ValueError, match=str(p)):
            decode_image(str(p), None)
        with pytest.raises(images.ImageError, match=str(p)):
            images.decode(p)
    assert decode_image(str(trunc), None).width == 400  # shown (partly grey), problem reported


def test_huge_image_shows_scaled_and_refuses_full_decode(tmp_path, qapp):
    from workbench.widgets.image_loader import MAX_FULL_PIXELS, decode_image

    p = tmp_path / "huge.jpg"
    Image.new("L", (9000, 9000), 90).save(p, quality=50)
    assert 9000 * 9000 > MAX_FULL_PIXELS
    d = decode_image(str(p), 1600)
    assert (d.width, d.height, d.full) == (9000, 9000, False)
    assert max(d.image.width(), d.image.height()) == 1600
    with pytest.raises(ValueError, match="too large"):
        decode_image(str(p), None)


def exif_image(tmp_path, fmt, orientation):
    im = Image.fromarray(pattern())
    exif = Image.Exif()
    exif[274] = orientation
    p = tmp_path / f"o{orientation}.{fmt}"
    im.save(p, exif=exif.tobytes(), **({"quality": 95} if fmt == "jpg" else {}))
    return p


def qimage_to_bgr(image):
    q = image.convertToFormat(image.Format.Format_RGB888)
    rows = np.frombuffer(q.constBits(), np.uint8).reshape(q.height(), q.bytesPerLine())
    return rows[:, : q.width() * 3].reshape(q.height(), q.width(), 3)[..., ::-1]


@pytest.mark.parametrize("fmt", ["jpg", "png", "webp"])
@pytest.mark.parametrize("orientation", range(1, 9))
def test_orientation_matches_ultralytics(tmp_path, qapp, fmt, orientation):
    """What the canvas shows = what Ultralytics trains on (pixels and size), for JPEG,
    PNG and WebP and all 8 EXIF orientations."""
    from ultralytics.utils.patches import imread

    from workbench.widgets.image_loader import decode_image, image_size

    p = exif_image(tmp_path, fmt, orientation)
    theirs = imread(str(p))  # BGR, orientation applied by cv2 as in training
    info = image_info(p)
    assert (info.width, info.height) == (theirs.shape[1], theirs.shape[0])
    assert (image_size(str(p)).width(), image_size(str(p)).height()) == (info.width, info.height)
    d = decode_image(str(p), None)
    ours = qimage_to_bgr(d.image)
    assert ours.shape == theirs.shape
    assert np.abs(ours.astype(int) - theirs.astype(int)).mean() < 4
    assert images.decode(p).shape == theirs.shape
    if fmt == "jpg":  # Ultralytics' own size check agrees too
        from ultralytics.data.utils import exif_size

        with Image.open(p) as im:
            assert exif_size(im) == (info.width, info.height)
    small = decode_image(str(p), 48)  # the scaled preview is upright as well
    assert (small.image.width() > small.image.height()) == (info.width > info.height)
