<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Categories</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="76"/>
        <source>migration</source>
        <translation>이주</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="76"/>
        <source>repression</source>
        <translation>탄압</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="77"/>
        <source>war</source>
        <translation>전쟁</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="77"/>
        <source>diplomacy</source>
        <translation>외교</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="78"/>
        <source>economy</source>
        <translation>경제</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="78"/>
        <source>culture</source>
        <translation>문화</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="79"/>
        <source>education</source>
        <translation>교육</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="79"/>
        <source>politics</source>
        <translation>정치</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="32"/>
        <source>Chapter %1</source>
        <translation>제%1장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="40"/>
        <source>In this chapter you will learn to</source>
        <translation>이 장에서 배울 내용</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="52"/>
        <source>Sources disagree on part of this section.</source>
        <translation>이 부분의 일부 내용은 출처마다 설명이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="58"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="63"/>
        <source>Talk about it</source>
        <translation>함께 이야기해 보세요</translation>
    </message>
</context>
<context>
    <name>ChapterPagePlurals</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="18"/>
        <source>%n min read</source>
        <translation>
            <numerusform>읽는 시간 %n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="21"/>
        <source>Test yourself: %n question(s) on this chapter</source>
        <translation>
            <numerusform>스스로 확인하기: 이 장에 관한 문제 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="104"/>
        <source>China</source>
        <translation>중국</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="105"/>
        <source>Kazakhstan</source>
        <translation>카자흐스탄</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="106"/>
        <source>Korea</source>
        <translation>한국</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="107"/>
        <source>Korea (Joint Security Area)</source>
        <translation>한국(공동경비구역)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="108"/>
        <source>Kyrgyzstan</source>
        <translation>키르기스스탄</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="109"/>
        <source>Latvia</source>
        <translation>라트비아</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="110"/>
        <source>North Korea</source>
        <translation>북한</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="111"/>
        <source>Russia</source>
        <translation>러시아</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="112"/>
        <source>Russian Empire</source>
        <translation>러시아 제국</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="113"/>
        <source>South Korea</source>
        <translation>대한민국</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="114"/>
        <source>USSR</source>
        <translation>소련</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="115"/>
        <source>United States</source>
        <translation>미국</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="116"/>
        <source>Uzbekistan</source>
        <translation>우즈베키스탄</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="19"/>
        <source>the %1s</source>
        <translation>%1년대</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="21"/>
        <source>c. %1</source>
        <translation>%1년경</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="24"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="27"/>
        <source>MMMM yyyy</source>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="36"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="40"/>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="60"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="48"/>
        <source>exact day</source>
        <translation>정확한 날짜</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="48"/>
        <source>month known</source>
        <translation>월까지 확인됨</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="48"/>
        <source>year known</source>
        <translation>연도까지 확인됨</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="49"/>
        <source>approximate</source>
        <translation>대략적인 시기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="49"/>
        <source>decade known</source>
        <translation>연대까지 확인됨</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="58"/>
        <source>born %1</source>
        <translation>%1 출생</translation>
    </message>
</context>
<context>
    <name>DetailBrowser</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/detail_browser.py" line="29"/>
        <source>This app works offline; look up %1 in a browser if you wish.</source>
        <translation>이 앱은 오프라인으로 작동합니다. 필요하면 브라우저에서 %1 주소를 열어 보세요.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="46"/>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="47"/>
        <source>Find in this chapter</source>
        <translation>이 장에서 찾기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="48"/>
        <source>Previous match</source>
        <translation>이전 결과</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="49"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 결과 (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="50"/>
        <source>Next match</source>
        <translation>다음 결과</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="51"/>
        <source>Next match (Enter)</source>
        <translation>다음 결과 (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="52"/>
        <source>Close find</source>
        <translation>찾기 닫기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="63"/>
        <source>No matches</source>
        <translation>일치하는 결과 없음</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="65"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="130"/>
        <source>Sources disagree</source>
        <translation>출처 간 이견</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="151"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="21"/>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="34"/>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="24"/>
        <source>Find a term</source>
        <translation>용어 찾기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="34"/>
        <source>Words that the chapters use, explained.</source>
        <translation>각 장에 나오는 낱말을 풀이합니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="43"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="46"/>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="53"/>
        <source>Used in</source>
        <translation>나오는 곳</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="72"/>
        <source>Koryo Desktop</source>
        <translation>Koryo Desktop</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="75"/>
        <source>In 1937 the Soviet state deported almost the whole Korean population of its Far East to Kazakhstan and Uzbekistan. This app tells the story of these Koryo-saram, from the first Korean villages in Russia to their ties with both Koreas today.</source>
        <translation>1937년 소련 정부는 극동 지역에 살던 한인 거의 모두를 카자흐스탄과 우즈베키스탄으로 강제 이주시켰습니다. 이 앱은 러시아에 처음 생긴 한인 마을에서부터 오늘날 남북한과 맺고 있는 관계에 이르기까지, 고려인의 이야기를 들려줍니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="80"/>
        <source>Explore</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="82"/>
        <source>Read the chapters</source>
        <translation>장 읽기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="82"/>
        <source>The history, chapter by chapter</source>
        <translation>한 장씩 따라가는 역사</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="83"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="83"/>
        <source>Lives, in every spelling of their names</source>
        <translation>어떤 표기로든 찾아보는 인물들의 삶</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="84"/>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="84"/>
        <source>Events from the 1860s to today</source>
        <translation>1860년대부터 오늘날까지의 사건</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="85"/>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="85"/>
        <source>Test what you remember</source>
        <translation>기억한 내용을 확인해 보세요</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="86"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="86"/>
        <source>Find any name, place or word</source>
        <translation>이름, 장소, 단어를 무엇이든 찾아보세요</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="87"/>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="87"/>
        <source>Words the story uses</source>
        <translation>이야기에 나오는 용어</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="88"/>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="88"/>
        <source>From Vladivostok to Tashkent</source>
        <translation>블라디보스토크에서 타슈켄트까지</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="92"/>
        <source>Start with</source>
        <translation>여기서 시작해 보세요</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="101"/>
        <source>Continue reading</source>
        <translation>이어 읽기</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="67"/>
        <source>Chapter</source>
        <translation>장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="67"/>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="67"/>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="68"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="68"/>
        <source>Glossary term</source>
        <translation>용어</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="69"/>
        <source>Chapters</source>
        <translation>장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="69"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="69"/>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="70"/>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="70"/>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk.py" line="86"/>
        <source>Something went wrong, so the app started again.</source>
        <translation>문제가 생겨 앱을 처음부터 다시 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk.py" line="104"/>
        <source>One moment, please. The app is getting ready.</source>
        <translation>잠시만 기다려 주세요. 앱을 준비하고 있습니다.</translation>
    </message>
</context>
<context>
    <name>LearnerNotices</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="22"/>
        <source>%n learner(s)</source>
        <translation>
            <numerusform>학습자 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="24"/>
        <source>%n quiz answer(s)</source>
        <translation>
            <numerusform>퀴즈 답변 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="26"/>
        <source>%n bookmark(s) or highlight(s)</source>
        <translation>
            <numerusform>책갈피·형광펜 표시 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="28"/>
        <source>%n chapter(s) with a reading place</source>
        <translation>
            <numerusform>읽던 위치가 저장된 장 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="35"/>
        <source>Your saved progress is in use by another copy of Koryo Desktop or by another program, so it cannot be opened now. Close the other copy (it may be open in another window) and start the app again. Nothing was changed.</source>
        <translation>저장된 학습 기록을 다른 Koryo Desktop 창이나 다른 프로그램이 사용하고 있어서 지금은 열 수 없습니다. 다른 창(다른 창에 열려 있을 수 있습니다)을 닫은 뒤 앱을 다시 시작하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="41"/>
        <source>There is no room left on the disk for your progress (%1). Free some space, then start the app again. Nothing was changed.</source>
        <translation>디스크에 학습 기록을 저장할 공간이 없습니다(%1). 공간을 확보한 뒤 앱을 다시 시작하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="46"/>
        <source>Your progress cannot be kept in %1, because that folder cannot be written to. Choose another folder with --data-dir, or ask whoever looks after this computer.</source>
        <translation>%1 폴더에 쓸 수 없어서 학습 기록을 그곳에 저장할 수 없습니다. --data-dir로 다른 폴더를 지정하거나 이 컴퓨터 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="50"/>
        <source>Your saved progress in %1 is damaged and could not be repaired. It was left as it is.</source>
        <translation>%1에 저장된 학습 기록이 손상되어 복구하지 못했습니다. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="53"/>
        <source>Your progress cannot be kept in %1. Check that the folder exists and can be reached, or choose another one with --data-dir.</source>
        <translation>학습 기록을 %1에 저장할 수 없습니다. 폴더가 있고 접근할 수 있는지 확인하거나 --data-dir로 다른 폴더를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="63"/>
        <source>The disk is full, so your progress is shown but nothing new can be saved. Free some space and start the app again to keep what you do.</source>
        <translation>디스크가 가득 차서 학습 기록을 볼 수는 있지만 새로 저장할 수는 없습니다. 지금부터 하는 학습을 남기려면 공간을 확보한 뒤 앱을 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="67"/>
        <source>Your progress is shown but cannot be saved, because the file %1 cannot be written to. What you do now will not be kept.</source>
        <translation>%1 파일에 쓸 수 없어서 학습 기록을 볼 수는 있지만 저장할 수는 없습니다. 지금 하는 학습은 남지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="76"/>
        <source>Your saved progress was damaged and nothing in it could be read, so a new start was made. The damaged file was kept as %1.</source>
        <translation>저장된 학습 기록이 손상되어 아무것도 읽을 수 없었기 때문에 새로 시작합니다. 손상된 파일은 %1(으)로 보관해 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="80"/>
        <source>Your saved progress was damaged. Everything that could still be read was kept: %1. The damaged file was kept as %2.</source>
        <translation>저장된 학습 기록이 손상되었습니다. 읽을 수 있는 것은 모두 살렸습니다: %1. 손상된 파일은 %2(으)로 보관해 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="89"/>
        <source>A damaged progress file from an earlier start, %1, is still kept; nothing in it can be read.</source>
        <translation>이전에 보관해 둔 손상된 학습 기록 파일 %1이(가) 아직 있습니다. 그 안에서 읽을 수 있는 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="91"/>
        <source>Progress from an earlier start was kept aside in %1: %2. Bring it back?</source>
        <translation>이전 학습 기록이 %1에 따로 보관되어 있습니다: %2. 다시 가져올까요?</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="97"/>
        <source>Nothing to bring back: all of it was here already.</source>
        <translation>가져올 것이 없습니다. 모두 이미 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="98"/>
        <source>Brought back: %1.</source>
        <translation>다시 가져왔습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="104"/>
        <source>Your progress could not be saved just now, because another program is using the file. Try again in a moment.</source>
        <translation>다른 프로그램이 파일을 사용하고 있어서 방금 학습 기록을 저장하지 못했습니다. 잠시 후 다시 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="108"/>
        <source>Your progress could not be saved: the disk is full. Free some space and try again.</source>
        <translation>디스크가 가득 차서 학습 기록을 저장하지 못했습니다. 공간을 확보한 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="110"/>
        <source>Your progress cannot be saved: the file cannot be written to.</source>
        <translation>파일에 쓸 수 없어서 학습 기록을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="111"/>
        <source>Your progress could not be saved. Try again; if it keeps happening, restart the app.</source>
        <translation>학습 기록을 저장하지 못했습니다. 다시 해 보고, 계속 안 되면 앱을 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="114"/>
        <source>Bring it back</source>
        <translation>다시 가져오기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="117"/>
        <source>Not needed</source>
        <translation>필요 없음</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="120"/>
        <source>It will not be offered again; the file stays in its folder.</source>
        <translation>다시 묻지 않겠습니다. 파일은 원래 폴더에 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="171"/>
        <source>Nothing to open at “%1”.</source>
        <translation>“%1”에서 열 수 있는 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="268"/>
        <source>Koryo Desktop — the history of the Koryo-saram</source>
        <translation>Koryo Desktop — 고려인의 역사</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="270"/>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="270"/>
        <source>Reader</source>
        <translation>읽기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="270"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="271"/>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="271"/>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="271"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="272"/>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="272"/>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="277"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="278"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="279"/>
        <source>Interface si&amp;ze</source>
        <translation>화면 크기(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="280"/>
        <source>Text size of the whole interface</source>
        <translation>전체 화면의 글자 크기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="281"/>
        <source>C&amp;olours</source>
        <translation>색상(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="282"/>
        <source>Colours of the whole interface</source>
        <translation>전체 화면의 색상</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="283"/>
        <source>Standard</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="283"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="283"/>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="286"/>
        <source>Back (Alt+Left)</source>
        <translation>뒤로 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="287"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="288"/>
        <source>Forward (Alt+Right)</source>
        <translation>앞으로 (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="289"/>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="290"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>전체 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="291"/>
        <source>Search everything</source>
        <translation>전체 검색</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="292"/>
        <source>Close the notice</source>
        <translation>알림 닫기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/app.py" line="321"/>
        <source>Something went wrong; the app kept running. Details were written to the log.</source>
        <translation>문제가 발생했지만 앱은 계속 실행 중입니다. 자세한 내용은 로그에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="63"/>
        <source>New learner</source>
        <translation>새 학습자</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="65"/>
        <source>Name or nickname</source>
        <translation>이름 또는 별명</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="69"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="72"/>
        <source>PIN (optional)</source>
        <translation>PIN(선택 사항)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="74"/>
        <source>&amp;Name or nickname</source>
        <translation>이름 또는 별명(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="75"/>
        <source>&amp;Colour</source>
        <translation>색상(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="76"/>
        <source>&amp;PIN (optional)</source>
        <translation>PIN(선택 사항)(&amp;P)</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="52"/>
        <source>Highlight</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="53"/>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="125"/>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="126"/>
        <source>Bookmarks and highlights</source>
        <translation>책갈피와 형광펜 표시</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="128"/>
        <source>Nothing saved yet. Use Bookmark (Ctrl+D) or select text and use Highlight (Ctrl+H).</source>
        <translation>아직 저장된 항목이 없습니다. 책갈피(Ctrl+D)를 사용하거나, 텍스트를 선택한 다음 형광펜 표시(Ctrl+H)를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="130"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="131"/>
        <source>Note…</source>
        <translation>메모…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="132"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="133"/>
        <source>Export as Markdown…</source>
        <translation>Markdown으로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="163"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="163"/>
        <source>Your note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="178"/>
        <source>My notes from Koryo Desktop</source>
        <translation>Koryo Desktop에서 작성한 내 메모</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="179"/>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="179"/>
        <source>Highlight</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="186"/>
        <source>Export notes</source>
        <translation>메모 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="186"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 파일 (*.md)</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="145"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="158"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="286"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="146"/>
        <source>Find a person by any name: Latin, Hangul or Cyrillic</source>
        <translation>라틴 문자, 한글, 키릴 문자 등 어떤 이름으로든 인물을 찾아보세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="287"/>
        <source>%n person(s) in this collection</source>
        <translation>
            <numerusform>수록된 인물 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="288"/>
        <source>Choose a person on the left, or type any spelling of a name.</source>
        <translation>왼쪽에서 인물을 고르거나, 이름을 어떤 표기로든 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="136"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="156"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="126"/>
        <source>statesman</source>
        <translation>정치 지도자</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="126"/>
        <source>politician</source>
        <translation>정치인</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="126"/>
        <source>military</source>
        <translation>군인</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="127"/>
        <source>diplomat</source>
        <translation>외교관</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="127"/>
        <source>farmer</source>
        <translation>농민</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="127"/>
        <source>scientist</source>
        <translation>과학자</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="128"/>
        <source>scholar</source>
        <translation>학자</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="128"/>
        <source>writer</source>
        <translation>작가</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="128"/>
        <source>playwright</source>
        <translation>극작가</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="129"/>
        <source>artist</source>
        <translation>예술가</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="129"/>
        <source>musician</source>
        <translation>음악가</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="129"/>
        <source>athlete</source>
        <translation>운동선수</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="130"/>
        <source>activist</source>
        <translation>활동가</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="130"/>
        <source>journalist</source>
        <translation>언론인</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="130"/>
        <source>teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="131"/>
        <source>engineer</source>
        <translation>엔지니어</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="136"/>
        <source>Birth name</source>
        <translation>본명</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="136"/>
        <source>Russian name</source>
        <translation>러시아식 이름</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="137"/>
        <source>Korean name</source>
        <translation>한국식 이름</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="137"/>
        <source>Also written</source>
        <translation>다른 표기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="138"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="142"/>
        <source>Hanja</source>
        <translation>한자</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="141"/>
        <source>Latin</source>
        <translation>라틴 문자</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="141"/>
        <source>Hangul</source>
        <translation>한글</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="141"/>
        <source>Cyrillic</source>
        <translation>키릴 문자</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="149"/>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="150"/>
        <source>&amp;Era</source>
        <translation>시대(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="151"/>
        <source>&amp;Country</source>
        <translation>나라(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="152"/>
        <source>&amp;Sort by</source>
        <translation>정렬(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="157"/>
        <source>Year of birth</source>
        <translation>출생 연도</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="159"/>
        <source>About this person</source>
        <translation>인물 정보</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="202"/>
        <source>All roles</source>
        <translation>모든 역할</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="203"/>
        <source>All eras</source>
        <translation>모든 시대</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="204"/>
        <source>All countries</source>
        <translation>모든 나라</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="239"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="241"/>
        <source>%1 of %2 shown</source>
        <translation>%2명 중 %1명 표시</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="324"/>
        <source>Names</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="327"/>
        <source>Born</source>
        <translation>출생</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="328"/>
        <source>Died</source>
        <translation>사망</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="339"/>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="343"/>
        <source>Countries</source>
        <translation>나라</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="347"/>
        <source>Biography</source>
        <translation>약력</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="352"/>
        <source>Key events</source>
        <translation>주요 사건</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="360"/>
        <source>%n shared event(s)</source>
        <translation>
            <numerusform>함께한 사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="363"/>
        <source>Related people</source>
        <translation>관련 인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="309"/>
        <source>In the chapters</source>
        <translation>본문에서</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="20"/>
        <source>Leave kiosk mode</source>
        <translation>키오스크 모드 끝내기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="21"/>
        <source>Staff PIN:</source>
        <translation>직원 PIN:</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="25"/>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="53"/>
        <source>That PIN is not right.</source>
        <translation>PIN이 맞지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="64"/>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="70"/>
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>잘못 입력한 횟수가 너무 많습니다. %n초 뒤에 다시 입력하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="75"/>
        <source>You can try again now.</source>
        <translation>이제 다시 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PlacesScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="22"/>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="43"/>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="25"/>
        <source>Find a place</source>
        <translation>장소 찾기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="45"/>
        <source>Places where the story happened, from the Far East to Seoul.</source>
        <translation>극동에서 서울까지, 이야기가 펼쳐진 곳들입니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="53"/>
        <source>English</source>
        <translation>영어 표기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="54"/>
        <source>Korean</source>
        <translation>한국어 표기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="55"/>
        <source>Russian</source>
        <translation>러시아어 표기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="56"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="57"/>
        <source>Coordinates</source>
        <translation>좌표</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="65"/>
        <source>Events here</source>
        <translation>이곳에서 일어난 사건</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="259"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="456"/>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="260"/>
        <source>&amp;Learner</source>
        <translation>학습자(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="261"/>
        <source>Learner</source>
        <translation>학습자</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="262"/>
        <source>New learner…</source>
        <translation>새 학습자…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="263"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="488"/>
        <source>Review</source>
        <translation>복습</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="264"/>
        <source>Start review</source>
        <translation>복습 시작</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="265"/>
        <source>Practice or test</source>
        <translation>연습 또는 시험</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="266"/>
        <source>C&amp;hapter</source>
        <translation>장(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="267"/>
        <source>&amp;Topic</source>
        <translation>주제(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="268"/>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="269"/>
        <source>&amp;Difficulty</source>
        <translation>난이도(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="270"/>
        <source>&amp;Questions</source>
        <translation>문제 수(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="271"/>
        <source>&amp;Minutes for a timed test</source>
        <translation>시험 제한 시간(분)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="272"/>
        <source>Include questions made from the timeline and the people</source>
        <translation>연표와 인물 정보로 만든 문제도 포함</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="273"/>
        <source>Timed test</source>
        <translation>시간제한 시험</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="274"/>
        <source>Practise (answers at once)</source>
        <translation>연습하기 (정답 바로 확인)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="275"/>
        <source>Take a test (answers at the end)</source>
        <translation>시험 보기 (정답은 마지막에 확인)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="276"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="288"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="277"/>
        <source>Export my results…</source>
        <translation>내 결과 내보내기…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="278"/>
        <source>Export all learners&apos; results (CSV)…</source>
        <translation>모든 학습자의 결과 내보내기 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="279"/>
        <source>Import results files and make a report…</source>
        <translation>결과 파일을 가져와 보고서 만들기…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="280"/>
        <source>Check (Enter)</source>
        <translation>확인 (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="281"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="282"/>
        <source>Finish</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="283"/>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="284"/>
        <source>Back to the quiz</source>
        <translation>퀴즈로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="285"/>
        <source>Chapter</source>
        <translation>장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="285"/>
        <source>Difficulty</source>
        <translation>난이도</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="286"/>
        <source>Questions</source>
        <translation>문제 수</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="286"/>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="287"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="389"/>
        <source>Your progress</source>
        <translation>내 학습 현황</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="287"/>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="309"/>
        <source>All chapters</source>
        <translation>모든 장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="316"/>
        <source>easy</source>
        <translation>쉬움</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="316"/>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="316"/>
        <source>Any</source>
        <translation>모든 난이도</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="317"/>
        <source>hard</source>
        <translation>어려움</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="326"/>
        <source>All topics</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="341"/>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="351"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="355"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="351"/>
        <source>PIN for %1:</source>
        <translation>%1 님의 PIN을 입력하세요:</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="355"/>
        <source>That PIN is not right.</source>
        <translation>PIN이 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="369"/>
        <source>New learner</source>
        <translation>새 학습자</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="382"/>
        <source>%n question(s) due for review today.</source>
        <translation>
            <numerusform>오늘 복습할 문제가 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="383"/>
        <source>Nothing is due for review today. Questions you answer come back here when it is time.</source>
        <translation>오늘은 복습할 문제가 없습니다. 답한 문제는 복습할 때가 되면 여기에 다시 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="391"/>
        <source>No answers yet. Start with a practice round.</source>
        <translation>아직 답한 문제가 없습니다. 먼저 연습부터 시작해 보세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="399"/>
        <source>Mastery per chapter</source>
        <translation>장별 숙달도</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="403"/>
        <source>Worth another look</source>
        <translation>다시 읽어 보면 좋은 장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="410"/>
        <source>Recent answers</source>
        <translation>최근 답변</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="456"/>
        <source>There are no questions for this choice.</source>
        <translation>선택한 조건에 맞는 문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="472"/>
        <source>Time left: %1</source>
        <translation>남은 시간: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="488"/>
        <source>Practice</source>
        <translation>연습</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="488"/>
        <source>Test</source>
        <translation>시험</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="489"/>
        <source>Question %1 of %2 · %3 · %4</source>
        <translation>문제 %1/%2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="491"/>
        <source>Choose every right answer.</source>
        <translation>맞는 답을 모두 고르세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="491"/>
        <source>Put these in order.</source>
        <translation>순서대로 배열하세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="492"/>
        <source>Match each item on the left with one on the right.</source>
        <translation>왼쪽의 각 항목을 오른쪽 항목 하나와 짝지으세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="500"/>
        <source>Items to order</source>
        <translation>순서를 정할 항목</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="500"/>
        <source>Move up (Alt+Up)|Move down (Alt+Down)</source>
        <translation>위로 이동 (Alt+Up)|아래로 이동 (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="501"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="502"/>
        <source>Type a number</source>
        <translation>숫자를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="503"/>
        <source>Type your answer</source>
        <translation>답을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="538"/>
        <source>Give an answer first.</source>
        <translation>먼저 답을 입력하거나 고르세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="571"/>
        <source>Right!</source>
        <translation>정답입니다!</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="571"/>
        <source>Not quite. The answer: %1</source>
        <translation>아쉽습니다. 정답: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="597"/>
        <source>Your score: %1 of %2</source>
        <translation>점수: %2점 만점에 %1점</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="602"/>
        <source>You finished early.</source>
        <translation>모든 문제를 풀기 전에 끝냈습니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="611"/>
        <source>Your answer: %1</source>
        <translation>내 답: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="612"/>
        <source>Right answer: %1</source>
        <translation>정답: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="635"/>
        <source>Export my results</source>
        <translation>내 결과 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="635"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="654"/>
        <source>Results (*.json)</source>
        <translation>결과 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="641"/>
        <source>Export all results</source>
        <translation>모든 결과 내보내기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="641"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="653"/>
        <source>Import results</source>
        <translation>결과 가져오기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="669"/>
        <source>Class report</source>
        <translation>학급 보고서</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="670"/>
        <source>%n learner(s): %1</source>
        <translation>
            <numerusform>학습자 %n명: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="673"/>
        <source>Not read:</source>
        <translation>읽지 못한 파일:</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="680"/>
        <source>Learners asked</source>
        <translation>응답한 학습자 수</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="680"/>
        <source>Right</source>
        <translation>정답률</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="680"/>
        <source>Common wrong answers</source>
        <translation>자주 나온 오답</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="687"/>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="687"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="499"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="566"/>
        <source>True</source>
        <translation>참</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="499"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="566"/>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="576"/>
        <source>Read the section that teaches this</source>
        <translation>이 내용을 다루는 부분 읽기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="493"/>
        <source>True or false?</source>
        <translation>맞을까요, 틀릴까요?</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="680"/>
        <source>Question</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="192"/>
        <source>◀ Previous</source>
        <translation>◀ 이전 장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="192"/>
        <source>Previous chapter (Ctrl+Page Up)</source>
        <translation>이전 장 (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="193"/>
        <source>Next ▶</source>
        <translation>다음 장 ▶</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="193"/>
        <source>Next chapter (Ctrl+Page Down)</source>
        <translation>다음 장 (Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="194"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="194"/>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>텍스트 작게 (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="195"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="195"/>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>텍스트 크게 (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="196"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="196"/>
        <source>Find in this chapter (Ctrl+F)</source>
        <translation>이 장에서 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="197"/>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="408"/>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="197"/>
        <source>Bookmark this place (Ctrl+D)</source>
        <translation>이 위치에 책갈피 추가 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="198"/>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="425"/>
        <source>Highlight</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="198"/>
        <source>Highlight the selected text (Ctrl+H)</source>
        <translation>선택한 텍스트에 형광펜 표시 (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="199"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="199"/>
        <source>Show your bookmarks and highlights</source>
        <translation>책갈피와 형광펜 표시 보기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="200"/>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="200"/>
        <source>Read this chapter aloud</source>
        <translation>이 장을 소리 내어 읽기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="201"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="201"/>
        <source>Print this chapter (Ctrl+P)</source>
        <translation>이 장 인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="202"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="202"/>
        <source>Save this chapter as PDF</source>
        <translation>이 장을 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="210"/>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="211"/>
        <source>More reading tools</source>
        <translation>읽기 도구 더 보기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="212"/>
        <source>&amp;Text size</source>
        <translation>텍스트 크기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="213"/>
        <source>Text size</source>
        <translation>텍스트 크기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="214"/>
        <source>Reading theme</source>
        <translation>읽기 테마</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="220"/>
        <source>Table of contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="221"/>
        <source>Chapter text</source>
        <translation>장 본문</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="408"/>
        <source>A note for this bookmark (optional):</source>
        <translation>이 책갈피에 대한 메모(선택 사항):</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="423"/>
        <source>Select some text first, then choose Highlight.</source>
        <translation>먼저 텍스트를 선택한 다음 형광펜 표시를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="425"/>
        <source>A note for this highlight (optional):</source>
        <translation>이 형광펜 표시에 대한 메모(선택 사항):</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="481"/>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="481"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReaderTheme</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/themes.py" line="26"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/themes.py" line="27"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/themes.py" line="28"/>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/themes.py" line="29"/>
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="35"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n개 항목</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="36"/>
        <source>%1 of %2 shown</source>
        <translation>%2개 중 %1개 표시</translation>
    </message>
</context>
<context>
    <name>RecordListScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="113"/>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="128"/>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_model.py" line="42"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="107"/>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="110"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="108"/>
        <source>Search chapters, people, events, places and the glossary</source>
        <translation>장, 인물, 사건, 장소, 용어집 검색</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="112"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="139"/>
        <source>Type a name in any script (Nam Il, 남일, Нам Ир), a place, a year or a word.</source>
        <translation>어떤 문자로 쓴 이름이든(Nam Il, 남일, Нам Ир), 장소, 연도 또는 단어를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="144"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1” 검색 결과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="149"/>
        <source>No results for “%1”. Did you mean: %2?</source>
        <translation>“%1”에 대한 검색 결과가 없습니다. 혹시 이것을 찾으셨나요? %2</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="153"/>
        <source>No results for “%1”. Try another spelling or a shorter word.</source>
        <translation>“%1”에 대한 검색 결과가 없습니다. 다른 표기나 더 짧은 단어로 검색해 보세요.</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timelinejs_export.py" line="21"/>
        <source>Koryo-saram: a timeline</source>
        <translation>고려인 연표</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timelinejs_export.py" line="22"/>
        <source>The Korean diaspora of Central Asia, from the 1860s to today.</source>
        <translation>1860년대부터 오늘날까지 중앙아시아의 한인 디아스포라.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="67"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="68"/>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="69"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="70"/>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="71"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="201"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="230"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="390"/>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="203"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="203"/>
        <source>Zoom out (−)</source>
        <translation>축소 (−)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="204"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="204"/>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="205"/>
        <source>Fit all</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="205"/>
        <source>Show the whole timeline (Home)</source>
        <translation>연표 전체 보기 (Home)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="206"/>
        <source>Go</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="206"/>
        <source>Go to the year</source>
        <translation>해당 연도로 이동</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="207"/>
        <source>Previous matching event</source>
        <translation>이전 검색 결과</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="208"/>
        <source>Next matching event (Enter)</source>
        <translation>다음 검색 결과 (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="209"/>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="209"/>
        <source>Show the events as a table (Ctrl+L)</source>
        <translation>사건을 표로 보기 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="210"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="210"/>
        <source>Save the timeline as a picture, a poster or TimelineJS</source>
        <translation>연표를 그림, 포스터 또는 TimelineJS로 저장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="215"/>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="216"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="217"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="218"/>
        <source>Find events</source>
        <translation>사건 찾기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="219"/>
        <source>Picture of this view (PNG)…</source>
        <translation>현재 화면 그림 (PNG)…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="220"/>
        <source>Printable poster (PDF)…</source>
        <translation>인쇄용 포스터 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="221"/>
        <source>TimelineJS file for a web site (JSON)…</source>
        <translation>웹사이트용 TimelineJS 파일 (JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="225"/>
        <source>Show %1 events</source>
        <translation>%1 사건 표시</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="226"/>
        <source>&amp;Person</source>
        <translation>인물(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="227"/>
        <source>Pla&amp;ce</source>
        <translation>장소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="228"/>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="229"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="233"/>
        <source>Left and Right choose an event, Shift+Left and Shift+Right move, plus and minus zoom, Home shows everything, Enter opens the card; Ctrl+L shows the same events as a table.</source>
        <translation>왼쪽·오른쪽 화살표로 사건을 고르고, Shift+왼쪽·오른쪽으로 이동하며, 더하기·빼기로 확대·축소하고, Home으로 전체를 봅니다. Enter는 카드를 열고, Ctrl+L은 같은 사건을 표로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="237"/>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="238"/>
        <source>The chosen event</source>
        <translation>선택한 사건</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="268"/>
        <source>Everyone</source>
        <translation>모든 인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="269"/>
        <source>Everywhere</source>
        <translation>모든 장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="307"/>
        <source>No events</source>
        <translation>사건 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="309"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="391"/>
        <source>Choose an event: click it, or use Left and Right. Zoom with the wheel, a pinch or + and −.</source>
        <translation>사건을 클릭하거나 왼쪽·오른쪽 화살표로 고르세요. 휠, 두 손가락 확대 또는 +와 −로 확대·축소합니다.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="392"/>
        <source>Periods</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="407"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="411"/>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="415"/>
        <source>Read about it</source>
        <translation>관련 읽기</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="430"/>
        <source>Save a picture</source>
        <translation>그림 저장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="430"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="436"/>
        <source>Save a poster</source>
        <translation>포스터 저장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="436"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="444"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="451"/>
        <source>Koryo-saram: a timeline</source>
        <translation>고려인 연표</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="461"/>
        <source>Save for TimelineJS</source>
        <translation>TimelineJS용으로 저장</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="461"/>
        <source>JSON (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>Year</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="31"/>
        <source>%1</source>
        <translation>%1년</translation>
    </message>
</context>
</TS>
