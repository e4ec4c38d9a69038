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
