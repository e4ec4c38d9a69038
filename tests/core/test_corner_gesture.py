"""The staff's hidden gesture: hold one corner, then the opposite one."""

from koryo_desktop.core.corner_gesture import CornerGesture, corner_at, corner_size


def hold(gesture: CornerGesture, x: float, y: float, start: float, seconds: float = 3.0) -> bool:
    gesture.press(x, y, start)
    return gesture.release(start + seconds)


def test_corners_are_a_fingertip_wide_and_more_on_large_screens():
    assert corner_size(1024, 600) == 64 and corner_size(1920, 1080) == 90
    assert corner_at(5, 5, 1920, 1080) == "top-left" and corner_at(1915, 1075, 1920, 1080) == "bottom-right"
    assert corner_at(1915, 5, 1920, 1080) == "top-right" and corner_at(5, 1075, 1920, 1080) == "bottom-left"
    assert corner_at(960, 5, 1920, 1080) is None and corner_at(5, 540, 1920, 1080) is None


def test_holding_opposite_corners_completes_the_gesture():
    gesture = CornerGesture(1920, 1080)
    assert not hold(gesture, 10, 10, 0.0)
    assert hold(gesture, 1910, 1070, 5.0)
    gesture = CornerGesture(1920, 1080)
    assert not hold(gesture, 1910, 10, 0.0) and hold(gesture, 10, 1070, 4.0)


def test_short_presses_the_same_corner_twice_or_too_late_do_not():
    gesture = CornerGesture(1920, 1080)
    assert not hold(gesture, 10, 10, 0.0, seconds=1.0)  # a tap
    assert not hold(gesture, 1910, 1070, 2.0)  # the first corner held: it is the first now
    assert not hold(gesture, 1910, 1070, 6.0)  # the same corner again starts again
    assert not hold(gesture, 10, 1070, 10.0)  # not the opposite corner
    assert not hold(gesture, 1910, 10, 30.0)  # too long after the one before (the first now)
    assert hold(gesture, 10, 1070, 34.0)


def test_a_finger_that_leaves_the_corner_is_a_drag():
    gesture = CornerGesture(1920, 1080)
    assert not hold(gesture, 10, 10, 0.0)
    gesture.press(1910, 1070, 4.0)
    gesture.move(1500, 900)
    assert not gesture.release(8.0)


def test_a_press_seen_twice_counts_once_and_cancel_forgets():
    gesture = CornerGesture(1366, 768)
    gesture.press(5, 5, 0.0)
    gesture.press(5, 5, 2.9)  # the mouse press Qt made from the touch
    assert not gesture.release(3.1)
    gesture.cancel()
    assert not hold(gesture, 1360, 760, 4.0)
    gesture.resize(1920, 1080)
    assert hold(gesture, 5, 5, 8.0) and corner_at(1360, 760, gesture.width, gesture.height) is None
