import random

from koryo_desktop.core.map_labels import LabelRequest, Rect, candidates, place_labels


def _requests(n: int, seed: int, spread: float = 800) -> list[LabelRequest]:
    rng = random.Random(seed)
    return [
        LabelRequest(f"p{i}", rng.uniform(0, spread), rng.uniform(0, spread * 0.6), rng.uniform(30, 140), 16,
                     rng.random(), 5)
        for i in range(n)
    ]  # fmt: skip


def test_labels_never_overlap_each_other_or_other_markers():
    for seed in range(20):
        requests = _requests(200, seed)
        placed = place_labels(requests)
        rects = list(placed.values())
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.overlaps(b)
        for request in requests:
            marker = Rect(request.x - 5, request.y - 5, request.x + 5, request.y + 5)
            for owner, rect in placed.items():
                if owner != request.id:
                    assert not rect.overlaps(marker)


def test_a_lone_place_gets_its_label_to_the_right():
    request = LabelRequest("tashkent", 100, 100, 60, 16)
    assert place_labels([request])["tashkent"] == candidates(request)[0]
    assert candidates(request)[0].left > 100


def test_higher_priority_wins_a_contested_spot_and_the_other_moves_or_drops():
    a = LabelRequest("a", 100, 100, 80, 16, priority=1)
    b = LabelRequest("b", 104, 100, 80, 16, priority=5)
    placed = place_labels([a, b])
    assert placed["b"] == candidates(b)[0]
    assert "a" not in placed or not placed["a"].overlaps(placed["b"])


def test_bounds_keep_labels_inside_the_view():
    request = LabelRequest("edge", 395, 50, 80, 16)
    placed = place_labels([request], Rect(0, 0, 400, 300))
    assert placed["edge"].right <= 400 and placed["edge"].left >= 0


def test_more_room_places_more_labels():
    requests = _requests(150, 3, spread=400)
    crowded = len(place_labels(requests))
    spread = [LabelRequest(r.id, r.x * 4, r.y * 4, r.width, r.height, r.priority) for r in requests]
    assert len(place_labels(spread)) > crowded
