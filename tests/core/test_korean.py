from koryo_desktop.core.korean import stem


def test_particles_come_off_korean_words():
    assert stem("강제이주를") == "강제이주"
    assert stem("남일은") == "남일"
    assert stem("우즈베키스탄에서") == "우즈베키스탄"
    assert stem("고려인의") == "고려인"
    assert stem("연해주로부터") == "연해주"


def test_a_stem_keeps_two_syllables_and_other_words_stay_whole():
    assert stem("회의") == "회의"  # a meeting, not 회 + 의
    assert stem("고려인") == "고려인"
    assert stem("Nam") == "Nam"
    assert stem("남일2") == "남일2"
