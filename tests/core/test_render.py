from koryo_desktop.core.render import CitationNumbers, markdown_to_html


def test_record_links_become_navigation_targets():
    html = markdown_to_html("[Nam Il](person:nam-il) at [P](place:panmunjom), see [c](chapter:x#y)")
    assert 'href="people/nam-il"' in html
    assert 'href="places/panmunjom"' in html
    assert 'href="reader/x#y"' in html


def test_citations_are_numbered_in_order_of_first_use():
    numbers = CitationNumbers()
    html = markdown_to_html("A [@b-src]. B [@a-src, p. 3]. C [@b-src].", numbers)
    assert numbers.order == ["b-src", "a-src"]
    assert html.count('href="#source-b-src">[1]') == 2
    assert 'href="#source-a-src">[2]' in html


def test_html_is_sanitised():
    html = markdown_to_html('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror="y">')
    assert "<script" not in html
    assert 'href="javascript' not in html
    assert "<img" not in html


def test_key_numbers_are_set_off():
    from koryo_desktop.core.render import mark_numbers

    html = mark_numbers('<p>171,781, 172,597 or 16.3% and $650 m; 1937, p. 157 <a href="x/1,234">y</a></p>')
    assert '<span class="num">171,781</span>, <span class="num">172,597</span>' in html
    assert '<span class="num">16.3%</span>' in html and '<span class="num">$650 m</span>' in html
    assert "1937, p. 157" in html and 'href="x/1,234"' in html
