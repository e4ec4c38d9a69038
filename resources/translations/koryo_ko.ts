<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnimationBar</name>
    <message>
        <source>A week back</source>
        <translation>한 주 뒤로</translation>
    </message>
    <message>
        <source>A week forward</source>
        <translation>한 주 앞으로</translation>
    </message>
    <message>
        <source>Pause the trains</source>
        <translation>열차 멈추기</translation>
    </message>
    <message>
        <source>Play the trains of 1937</source>
        <translation>1937년의 열차 재생</translation>
    </message>
    <message>
        <source>Day of the deportation</source>
        <translation>강제이주의 날짜</translation>
    </message>
</context>
<context>
    <name>AnswerWidget</name>
    <message>
        <source>Give an answer first.</source>
        <translation>먼저 답을 입력하거나 고르세요.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>터치하여 시작</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Did you know?</source>
        <translation>알고 계셨나요?</translation>
    </message>
    <message>
        <source>From chapter %1</source>
        <translation>%1장에서</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>migration</source>
        <translation>이주</translation>
    </message>
    <message>
        <source>repression</source>
        <translation>탄압</translation>
    </message>
    <message>
        <source>war</source>
        <translation>전쟁</translation>
    </message>
    <message>
        <source>diplomacy</source>
        <translation>외교</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>경제</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>문화</translation>
    </message>
    <message>
        <source>education</source>
        <translation>교육</translation>
    </message>
    <message>
        <source>politics</source>
        <translation>정치</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <source>scholarly work</source>
        <translation>학술 연구</translation>
    </message>
    <message>
        <source>archival document</source>
        <translation>기록 문서</translation>
    </message>
    <message>
        <source>official publication</source>
        <translation>공식 간행물</translation>
    </message>
    <message>
        <source>press</source>
        <translation>언론 보도</translation>
    </message>
    <message>
        <source>reference work</source>
        <translation>참고 자료</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>제%1장</translation>
    </message>
    <message>
        <source>In this chapter you will learn to</source>
        <translation>이 장에서 배울 내용</translation>
    </message>
    <message>
        <source>Sources disagree on part of this section.</source>
        <translation>이 부분의 일부 내용은 출처마다 설명이 다릅니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>함께 이야기해 보세요</translation>
    </message>
</context>
<context>
    <name>ChapterPagePlurals</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>읽는 시간 %n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test yourself: %n question(s) on this chapter</source>
        <translation>
            <numerusform>스스로 확인하기: 이 장에 관한 문제 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>census</source>
        <translation>인구 조사</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>추정치</translation>
    </message>
    <message>
        <source>resettled in 1937</source>
        <translation>1937년 이주 집계</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>Year or group</source>
        <translation>연도 또는 구분</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Kind of figure</source>
        <translation>수치의 종류</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>숫자로 보기</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <source>True</source>
        <translation>참</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>%1 (right answer)</source>
        <translation>%1 (정답)</translation>
    </message>
    <message>
        <source>%1 (your answer, wrong)</source>
        <translation>%1 (내 답, 오답)</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>China</source>
        <translation>중국</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>카자흐스탄</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>한국</translation>
    </message>
    <message>
        <source>Korea (Joint Security Area)</source>
        <translation>한국(공동경비구역)</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>키르기스스탄</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>라트비아</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>북한</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>러시아</translation>
    </message>
    <message>
        <source>Russian Empire</source>
        <translation>러시아 제국</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>대한민국</translation>
    </message>
    <message>
        <source>USSR</source>
        <translation>소련</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>우크라이나</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>미국</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>우즈베키스탄</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>the %1s</source>
        <translation>%1년대</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>%1년경</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>정확한 날짜</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>월까지 확인됨</translation>
    </message>
    <message>
        <source>year known</source>
        <translation>연도까지 확인됨</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>대략적인 시기</translation>
    </message>
    <message>
        <source>decade known</source>
        <translation>연대까지 확인됨</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>%1 출생</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Minutes in all</source>
        <translation>총 시간(분)</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translation>방문당 시간(분)</translation>
    </message>
    <message>
        <source>Screens opened</source>
        <translation>연 화면</translation>
    </message>
    <message>
        <source>Records opened</source>
        <translation>연 항목</translation>
    </message>
    <message>
        <source>Quizzes finished</source>
        <translation>마친 퀴즈</translation>
    </message>
</context>
<context>
    <name>DetailBrowser</name>
    <message>
        <source>This app works offline; look up %1 in a browser if you wish.</source>
        <translation>이 앱은 오프라인으로 작동합니다. 필요하면 브라우저에서 %1 주소를 열어 보세요.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>True</source>
        <translation>참</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>also accepted: %1</source>
        <translation>이 답도 정답: %1</translation>
    </message>
    <message>
        <source>(Several answers.)</source>
        <translation>(답이 여러 개입니다.)</translation>
    </message>
    <message>
        <source>Choose from:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>(True or false?)</source>
        <translation>(참인가, 거짓인가?)</translation>
    </message>
    <message>
        <source>chapter %1</source>
        <translation>장: %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>절: %1</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>문제: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this chapter</source>
        <translation>이 장에서 찾기</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 결과</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 결과 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 결과</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 결과 (Enter)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>찾기 닫기</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>찾기 닫기 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치하는 결과 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>English</source>
        <translation>영어 원문</translation>
    </message>
    <message>
        <source>Not translated yet, so shown in English</source>
        <translation>아직 번역되지 않아 영어 원문으로 보여 줍니다</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>출처 간 이견</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>GeneratedWording</name>
    <message>
        <source>In which year did this happen? %1</source>
        <translation>이 일은 몇 년에 일어났는가? %1</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>Where did this happen? %1</source>
        <translation>이 일은 어디에서 일어났는가? %1</translation>
    </message>
    <message>
        <source>Where: %1. When: %2.</source>
        <translation>장소: %1. 때: %2.</translation>
    </message>
    <message>
        <source>Who was this? %1</source>
        <translation>이 사람은 누구인가? %1</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>정답: %1.</translation>
    </message>
    <message>
        <source>Put these events in the order they happened.</source>
        <translation>이 사건들을 일어난 순서대로 놓으시오.</translation>
    </message>
    <message>
        <source>The right order: %1.</source>
        <translation>올바른 순서: %1.</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>용어 찾기</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>용어 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>“%1”에 맞는 용어가 없습니다.</translation>
    </message>
    <message>
        <source>Words that the chapters use, explained.</source>
        <translation>각 장에 나오는 낱말을 풀이합니다.</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>나오는 곳</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Koryo Desktop</source>
        <translation>Koryo Desktop</translation>
    </message>
    <message>
        <source>In 1937 the Soviet state deported almost the whole Korean population of its Far East to Kazakhstan and Uzbekistan. This app tells the story of these Koryo-saram, from the first Korean villages in Russia to their ties with both Koreas today.</source>
        <translation>1937년 소련 정부는 극동 지역에 살던 한인 거의 모두를 카자흐스탄과 우즈베키스탄으로 강제이주시켰습니다. 이 앱은 러시아에 처음 생긴 한인 마을에서부터 오늘날 남북한과 맺고 있는 관계에 이르기까지, 고려인의 이야기를 들려줍니다.</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <source>Read the chapters</source>
        <translation>장 읽기</translation>
    </message>
    <message>
        <source>The history, chapter by chapter</source>
        <translation>한 장씩 따라가는 역사</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Lives, in every spelling of their names</source>
        <translation>어떤 표기로든 찾아보는 인물들의 삶</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Events from the 1860s to today</source>
        <translation>1860년대부터 오늘날까지의 사건</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Test what you remember</source>
        <translation>기억한 내용을 확인해 보세요</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Find any name, place or word</source>
        <translation>이름, 장소, 단어를 무엇이든 찾아보세요</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Words the story uses</source>
        <translation>이야기에 나오는 용어</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>From Vladivostok to Tashkent</source>
        <translation>블라디보스토크에서 타슈켄트까지</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>The 1937 deportation routes and where Koreans lived</source>
        <translation>1937년 강제이주의 경로와 고려인이 살던 곳</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>여기서 시작해 보세요</translation>
    </message>
    <message>
        <source>Continue reading</source>
        <translation>이어 읽기</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Chapter</source>
        <translation>장</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>장</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Sorry, something went wrong. Touch the screen to start again.</source>
        <translation>죄송합니다. 문제가 생겼습니다. 화면을 터치하면 다시 시작합니다.</translation>
    </message>
    <message>
        <source>One moment, please. The app is getting ready.</source>
        <translation>잠시만 기다려 주세요. 앱을 준비하고 있습니다.</translation>
    </message>
</context>
<context>
    <name>LearnerBar</name>
    <message>
        <source>&amp;Learner</source>
        <translation>학습자(&amp;L)</translation>
    </message>
    <message>
        <source>Le&amp;arner</source>
        <translation>학습자(&amp;A)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>학습자</translation>
    </message>
    <message>
        <source>Who is learning: their reading places, notes and quiz progress</source>
        <translation>지금 누가 학습하나요? 읽던 곳, 메모, 퀴즈 진도는 학습자마다 따로 저장됩니다</translation>
    </message>
    <message>
        <source>New learner…</source>
        <translation>새 학습자…</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>새 학습자</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>There is already a learner called “%1”. Choose another name.</source>
        <translation>“%1”(이)라는 학습자가 이미 있습니다. 다른 이름을 정하세요.</translation>
    </message>
</context>
<context>
    <name>LearnerNotices</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>학습자 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz answer(s)</source>
        <translation>
            <numerusform>퀴즈 답변 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) or highlight(s)</source>
        <translation>
            <numerusform>책갈피·형광펜 표시 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) with a reading place</source>
        <translation>
            <numerusform>읽던 위치가 저장된 장 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Your saved progress is in use by another copy of Koryo Desktop or by another program, so it cannot be opened now. Close the other copy (it may be open in another window) and start the app again. Nothing was changed.</source>
        <translation>저장된 학습 기록을 다른 Koryo Desktop 창이나 다른 프로그램이 사용하고 있어서 지금은 열 수 없습니다. 다른 창(다른 창에 열려 있을 수 있습니다)을 닫은 뒤 앱을 다시 시작하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no room left on the disk for your progress (%1). Free some space, then start the app again. Nothing was changed.</source>
        <translation>디스크에 학습 기록을 저장할 공간이 없습니다(%1). 공간을 확보한 뒤 앱을 다시 시작하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Your progress cannot be kept in %1, because that folder cannot be written to. Choose another folder with --data-dir, or ask whoever looks after this computer.</source>
        <translation>%1 폴더에 쓸 수 없어서 학습 기록을 그곳에 저장할 수 없습니다. --data-dir로 다른 폴더를 지정하거나 이 컴퓨터 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Your saved progress in %1 is damaged and could not be repaired. It was left as it is.</source>
        <translation>%1에 저장된 학습 기록이 손상되어 복구하지 못했습니다. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Your progress cannot be kept in %1. Check that the folder exists and can be reached, or choose another one with --data-dir.</source>
        <translation>학습 기록을 %1에 저장할 수 없습니다. 폴더가 있고 접근할 수 있는지 확인하거나 --data-dir로 다른 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>The disk is full, so your progress is shown but nothing new can be saved. Free some space and start the app again to keep what you do.</source>
        <translation>디스크가 가득 차서 학습 기록을 볼 수는 있지만 새로 저장할 수는 없습니다. 지금부터 하는 학습을 남기려면 공간을 확보한 뒤 앱을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Your progress is shown but cannot be saved, because the file %1 cannot be written to. What you do now will not be kept.</source>
        <translation>%1 파일에 쓸 수 없어서 학습 기록을 볼 수는 있지만 저장할 수는 없습니다. 지금 하는 학습은 남지 않습니다.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged and nothing in it could be read, so a new start was made. The damaged file was kept as %1.</source>
        <translation>저장된 학습 기록이 손상되어 아무것도 읽을 수 없었기 때문에 새로 시작합니다. 손상된 파일은 %1(으)로 보관해 두었습니다.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged. Everything that could still be read was kept: %1. The damaged file was kept as %2.</source>
        <translation>저장된 학습 기록이 손상되었습니다. 읽을 수 있는 것은 모두 살렸습니다: %1. 손상된 파일은 %2(으)로 보관해 두었습니다.</translation>
    </message>
    <message>
        <source>A damaged progress file from an earlier start, %1, is still kept; nothing in it can be read.</source>
        <translation>이전에 보관해 둔 손상된 학습 기록 파일 %1이(가) 아직 있습니다. 그 안에서 읽을 수 있는 것은 없습니다.</translation>
    </message>
    <message>
        <source>Progress from an earlier start was kept aside in %1: %2. Bring it back?</source>
        <translation>이전 학습 기록이 %1에 따로 보관되어 있습니다: %2. 다시 가져올까요?</translation>
    </message>
    <message>
        <source>Nothing to bring back: all of it was here already.</source>
        <translation>가져올 것이 없습니다. 모두 이미 들어 있습니다.</translation>
    </message>
    <message>
        <source>Brought back: %1.</source>
        <translation>다시 가져왔습니다: %1.</translation>
    </message>
    <message>
        <source>Your progress could not be saved just now, because another program is using the file. Try again in a moment.</source>
        <translation>다른 프로그램이 파일을 사용하고 있어서 방금 학습 기록을 저장하지 못했습니다. 잠시 후 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Your progress could not be saved: the disk is full. Free some space and try again.</source>
        <translation>디스크가 가득 차서 학습 기록을 저장하지 못했습니다. 공간을 확보한 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the file cannot be written to.</source>
        <translation>파일에 쓸 수 없어서 학습 기록을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your progress could not be saved. Try again; if it keeps happening, restart the app.</source>
        <translation>학습 기록을 저장하지 못했습니다. 다시 해 보고, 계속 안 되면 앱을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>다시 가져오기</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>필요 없음</translation>
    </message>
    <message>
        <source>It will not be offered again; the file stays in its folder.</source>
        <translation>다시 묻지 않겠습니다. 파일은 원래 폴더에 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>Learners</name>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>주홍</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>하늘색</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>갈색</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>검정</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nothing to open at “%1”.</source>
        <translation>“%1”에서 열 수 있는 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Koryo Desktop — the history of the Koryo-saram</source>
        <translation>Koryo Desktop — 고려인의 역사</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Interface si&amp;ze</source>
        <translation>화면 크기(&amp;Z)</translation>
    </message>
    <message>
        <source>Text size of the whole interface</source>
        <translation>전체 화면의 글자 크기</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>색상(&amp;O)</translation>
    </message>
    <message>
        <source>Colours of the whole interface</source>
        <translation>전체 화면의 색상</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>뒤로 (Alt+Left)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>앞으로 (Alt+Right)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>전체 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>전체 검색</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>알림 닫기</translation>
    </message>
    <message>
        <source>Something went wrong; the app kept running. Details were written to the log.</source>
        <translation>문제가 발생했지만 앱은 계속 실행 중입니다. 자세한 내용은 로그에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>MapAnswer</name>
    <message>
        <source>Map: tap the place</source>
        <translation>지도: 장소를 누르세요</translation>
    </message>
</context>
<context>
    <name>MapCard</name>
    <message>
        <source>Events here</source>
        <translation>이곳의 사건</translation>
    </message>
    <message>
        <source>People born or died here</source>
        <translation>이곳에서 태어나거나 세상을 떠난 사람</translation>
    </message>
    <message>
        <source>Read about it</source>
        <translation>관련 내용 읽기</translation>
    </message>
    <message>
        <source>Routes through this place</source>
        <translation>이곳을 지나는 경로</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>숫자로 보기</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>연표에서 보기</translation>
    </message>
    <message>
        <source>Deportation</source>
        <translation>강제이주</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>정착</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>이주</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>나라</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>좌표</translation>
    </message>
    <message>
        <source>Open in the list of places</source>
        <translation>장소 목록에서 열기</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>경로</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>On the map: the chosen event&apos;s places are ringed; places with no event in the years shown are grey. Click a place to see its events.</source>
        <translation>지도: 고른 사건의 장소에는 고리가 표시되고, 보이는 기간에 사건이 없는 장소는 회색입니다. 장소를 누르면 그곳의 사건을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Map of the chosen event&apos;s places</source>
        <translation>고른 사건의 장소 지도</translation>
    </message>
</context>
<context>
    <name>MapQuestionAnswer</name>
    <message>
        <source>Tap or click the place on the map first (or choose one with Page Down).</source>
        <translation>먼저 지도에서 장소를 누르거나 클릭하세요(Page Down으로 고를 수도 있습니다).</translation>
    </message>
</context>
<context>
    <name>MapQuizBar</name>
    <message>
        <source>Where is %1? Tap it on the map.</source>
        <translation>%1은(는) 어디에 있을까요? 지도에서 누르세요.</translation>
    </message>
    <message>
        <source>Where did “%1” begin? Tap the place on the map.</source>
        <translation>“%1”은(는) 어디에서 시작되었을까요? 지도에서 그 장소를 누르세요.</translation>
    </message>
    <message>
        <source>Where did “%1” end? Tap the place on the map.</source>
        <translation>“%1”은(는) 어디에서 끝났을까요? 지도에서 그 장소를 누르세요.</translation>
    </message>
    <message>
        <source>Right: that is %1.</source>
        <translation>맞습니다. 그곳이 %1입니다.</translation>
    </message>
    <message>
        <source>Not quite: %1 is %2 km from your tap (marked with a tick).</source>
        <translation>아쉽습니다. %1은(는) 누른 곳에서 %2km 떨어져 있습니다(체크 표시).</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>그만하기</translation>
    </message>
    <message>
        <source>Stop the map questions</source>
        <translation>지도 문제 그만하기</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%2문제 중 %1개 정답</translation>
    </message>
    <message>
        <source>Done: %1 of %2 right.</source>
        <translation>끝: %2문제 중 %1개를 맞혔습니다.</translation>
    </message>
    <message>
        <source>Zoom and pan as you like; a tap or a click answers.</source>
        <translation>지도를 마음대로 확대하고 옮겨 보세요. 누르거나 클릭하면 답이 됩니다.</translation>
    </message>
</context>
<context>
    <name>MapRegions</name>
    <message>
        <source>Kazakh SSR</source>
        <translation>카자흐 SSR</translation>
    </message>
    <message>
        <source>Uzbek SSR</source>
        <translation>우즈베크 SSR</translation>
    </message>
    <message>
        <source>Kirghiz SSR</source>
        <translation>키르기스 SSR</translation>
    </message>
    <message>
        <source>Turkmen SSR</source>
        <translation>투르크멘 SSR</translation>
    </message>
    <message>
        <source>Tajik SSR</source>
        <translation>타지크 SSR</translation>
    </message>
    <message>
        <source>RSFSR</source>
        <translation>러시아 SFSR</translation>
    </message>
    <message>
        <source>Far Eastern Krai</source>
        <translation>극동 지방</translation>
    </message>
    <message>
        <source>Korea under Japanese rule</source>
        <translation>일제 강점기 조선</translation>
    </message>
    <message>
        <source>Manchukuo</source>
        <translation>만주국</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>카자흐스탄</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>우즈베키스탄</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>키르기스스탄</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>투르크메니스탄</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>타지키스탄</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>러시아</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>북한</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>대한민국</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>몽골</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>일본</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>축소 (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>전체 지도</translation>
    </message>
    <message>
        <source>Show the whole map (Home)</source>
        <translation>지도 전체 보기 (Home)</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Show the routes of the deportation and other movements</source>
        <translation>강제이주와 다른 이동의 경로 보기</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>지도에서 찾기</translation>
    </message>
    <message>
        <source>Questions: find places on the map</source>
        <translation>문제: 지도에서 장소 찾기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Save the map as a picture or a printable page</source>
        <translation>지도를 그림이나 인쇄용 페이지로 저장</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>Today&apos;s names</source>
        <translation>오늘날의 이름</translation>
    </message>
    <message>
        <source>Names of 1937</source>
        <translation>1937년의 이름</translation>
    </message>
    <message>
        <source>Names of countries and regions</source>
        <translation>나라와 지역의 이름</translation>
    </message>
    <message>
        <source>Picture of this view (PNG)…</source>
        <translation>현재 화면 그림 (PNG)…</translation>
    </message>
    <message>
        <source>Printable page (PDF)…</source>
        <translation>인쇄용 페이지 (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Places on the map</source>
        <translation>지도의 장소(&amp;P)</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>장소 찾기</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>지도의 장소</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, Home shows everything, Page Down and Page Up choose the next place to the east or west, Enter opens its card. The list of places beside the map holds the same places.</source>
        <translation>화살표 키로 지도를 옮기고, 더하기와 빼기로 확대·축소하며, Home은 전체를 보여 줍니다. Page Down과 Page Up은 동쪽이나 서쪽의 다음 장소를 고르고, Enter는 그 장소의 카드를 엽니다. 지도 옆 목록에도 같은 장소가 있습니다.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>숫자로 보기</translation>
    </message>
    <message>
        <source>The chosen place</source>
        <translation>고른 장소</translation>
    </message>
    <message>
        <source>Chart: Koreans counted in each country</source>
        <translation>도표: 나라별 고려인 수</translation>
    </message>
    <message>
        <source>Chart: where the deportees of 1937 were sent</source>
        <translation>도표: 1937년 강제이주자가 보내진 곳</translation>
    </message>
    <message>
        <source>The numbers of the charts, with their sources</source>
        <translation>도표의 숫자와 출처</translation>
    </message>
    <message>
        <source>Every place of the story is on this map. Choose one on the map or in the list to read about it; press ▶ below the map to follow the trains of 1937 day by day.</source>
        <translation>이 이야기의 모든 장소가 이 지도에 있습니다. 지도나 목록에서 장소를 고르면 그곳에 관해 읽을 수 있습니다. 지도 아래의 ▶를 누르면 1937년의 열차를 날마다 따라갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Made with Natural Earth: free vector and raster map data from naturalearthdata.com, in the public domain. The borders are today&apos;s; the names switch between 1937 and today.</source>
        <translation>Natural Earth로 만들었습니다. naturalearthdata.com의 자유로운 벡터·래스터 지도 자료이며 퍼블릭 도메인입니다. 국경선은 오늘날의 것이고, 이름은 1937년과 오늘날 사이에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Save a picture</source>
        <translation>그림 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>Save a printable page</source>
        <translation>인쇄용 페이지 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Koryo-saram: a map</source>
        <translation>고려인: 지도</translation>
    </message>
</context>
<context>
    <name>MatchAnswer</name>
    <message>
        <source>Choose an item…</source>
        <translation>항목을 고른 뒤…</translation>
    </message>
    <message>
        <source>…then its partner (or a number key)</source>
        <translation>…짝이 되는 것을 고르세요 (숫자 키도 됩니다)</translation>
    </message>
    <message>
        <source>%1, matched with %2</source>
        <translation>%1, %2와(과) 짝지음</translation>
    </message>
    <message>
        <source>%1, not matched yet</source>
        <translation>%1, 아직 짝이 없음</translation>
    </message>
    <message>
        <source>%1, partner of %2</source>
        <translation>%1, %2의 짝</translation>
    </message>
    <message numerus="yes">
        <source>Match all %n item(s): each one on the left needs a partner on the right.</source>
        <translation>
            <numerusform>%n개 항목을 모두 짝지으세요. 왼쪽 항목마다 오른쪽에 짝이 하나씩 있어야 합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <source>New learner</source>
        <translation>새 학습자</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>이름 또는 별명</translation>
    </message>
    <message>
        <source>PIN (optional, 4 to 12 digits)</source>
        <translation>PIN (선택, 숫자 4~12자리)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>&amp;PIN (optional, 4 to 12 digits)</source>
        <translation>PIN (선택, 숫자 4~12자리)(&amp;P)</translation>
    </message>
    <message>
        <source>Type a name or a nickname.</source>
        <translation>이름이나 별명을 입력하세요.</translation>
    </message>
    <message>
        <source>There is already a learner called “%1”. Choose another name.</source>
        <translation>“%1”(이)라는 학습자가 이미 있습니다. 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>A PIN needs at least 4 digits (or leave it empty).</source>
        <translation>PIN은 숫자 4자리 이상이어야 합니다. 쓰지 않으려면 비워 두세요.</translation>
    </message>
    <message>
        <source>&amp;Name or nickname</source>
        <translation>이름 또는 별명(&amp;N)</translation>
    </message>
</context>
<context>
    <name>NoMatchLabel</name>
    <message>
        <source>Did you mean: %1?</source>
        <translation>혹시 이것을 찾으셨나요: %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Enter starts a new line; Ctrl+Enter saves</source>
        <translation>Enter는 줄을 바꾸고, Ctrl+Enter는 저장합니다</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Highlight</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Bookmarks and highlights</source>
        <translation>책갈피와 형광펜 표시</translation>
    </message>
    <message>
        <source>Nothing saved yet. Use Bookmark (Ctrl+D) or select text and use Highlight (Ctrl+H).</source>
        <translation>아직 저장된 항목이 없습니다. 책갈피(Ctrl+D)를 사용하거나, 텍스트를 선택한 다음 형광펜 표시(Ctrl+H)를 사용하세요.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>메모…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown으로 내보내기…</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>메모 쓰기</translation>
    </message>
    <message>
        <source>Close bookmarks and highlights</source>
        <translation>책갈피와 형광펜 표시 닫기</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tool and its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>My notes from Koryo Desktop</source>
        <translation>Koryo Desktop에서 작성한 내 메모</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>메모 내보내기</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 파일 (*.md)</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>시프트</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>엔터</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>키보드 숨기기</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>영문 자판</translation>
    </message>
    <message>
        <source>Korean letters</source>
        <translation>한글 자판</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>러시아어 자판</translation>
    </message>
</context>
<context>
    <name>OrderAnswer</name>
    <message>
        <source>Items to order</source>
        <translation>순서를 정할 항목</translation>
    </message>
    <message>
        <source>Drag an item by its handle, or choose it and press Alt+Up or Alt+Down.</source>
        <translation>손잡이를 잡고 항목을 끌어 옮기거나, 항목을 고른 뒤 Alt+↑ 또는 Alt+↓를 누르세요.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>위로 (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>아래로 (Alt+↓)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 옮기기</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 옮기기</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Find a person by any name: Latin, Hangul or Cyrillic</source>
        <translation>라틴 문자, 한글, 키릴 문자 등 어떤 이름으로든 인물을 찾아보세요</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in this collection</source>
        <translation>
            <numerusform>수록된 인물 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person on the left, or type any spelling of a name.</source>
        <translation>왼쪽에서 인물을 고르거나, 이름을 어떤 표기로든 입력하세요.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>statesman</source>
        <translation>정치 지도자</translation>
    </message>
    <message>
        <source>politician</source>
        <translation>정치인</translation>
    </message>
    <message>
        <source>military</source>
        <translation>군인</translation>
    </message>
    <message>
        <source>diplomat</source>
        <translation>외교관</translation>
    </message>
    <message>
        <source>farmer</source>
        <translation>농민</translation>
    </message>
    <message>
        <source>scientist</source>
        <translation>과학자</translation>
    </message>
    <message>
        <source>scholar</source>
        <translation>학자</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>작가</translation>
    </message>
    <message>
        <source>playwright</source>
        <translation>극작가</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>예술가</translation>
    </message>
    <message>
        <source>musician</source>
        <translation>음악가</translation>
    </message>
    <message>
        <source>athlete</source>
        <translation>운동선수</translation>
    </message>
    <message>
        <source>activist</source>
        <translation>활동가</translation>
    </message>
    <message>
        <source>journalist</source>
        <translation>언론인</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>엔지니어</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>본명</translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation>러시아식 이름</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국식 이름</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>다른 표기</translation>
    </message>
    <message>
        <source>Hanja</source>
        <translation>한자</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>라틴 문자</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>한글</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>키릴 문자</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Era</source>
        <translation>시대(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>나라(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>정렬(&amp;S)</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>출생 연도</translation>
    </message>
    <message>
        <source>About this person</source>
        <translation>인물 정보</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>모든 역할</translation>
    </message>
    <message>
        <source>All eras</source>
        <translation>모든 시대</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 나라</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>인물 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2명 중 %1명 표시</translation>
    </message>
    <message>
        <source>Show every role, era and country</source>
        <translation>모든 역할, 시대, 나라 보기</translation>
    </message>
    <message>
        <source>Search everything for “%1”</source>
        <translation>전체에서 “%1” 검색</translation>
    </message>
    <message>
        <source>No one with these filters is called “%1”.</source>
        <translation>이 조건에서 이름이 “%1”인 인물은 없습니다.</translation>
    </message>
    <message>
        <source>No one here is called “%1”.</source>
        <translation>이름이 “%1”인 인물은 없습니다.</translation>
    </message>
    <message>
        <source>No one matches this role, era and country together.</source>
        <translation>이 역할, 시대, 나라에 모두 맞는 인물은 없습니다.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>출생</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>나라</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>약력</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>주요 사건</translation>
    </message>
    <message numerus="yes">
        <source>%n shared event(s)</source>
        <translation>
            <numerusform>함께한 사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Related people</source>
        <translation>관련 인물</translation>
    </message>
    <message>
        <source>In the chapters</source>
        <translation>본문에서</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN for %1:</source>
        <translation>%1 님의 PIN을 입력하세요:</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN이 맞지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>잘못 입력한 횟수가 너무 많습니다. %n초 뒤에 다시 입력하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>이제 다시 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>마지막 숫자 지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>PIN 입력</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>키오스크로 돌아가기</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN이 맞지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>잘못 입력한 횟수가 너무 많습니다. %n초 뒤에 다시 입력하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>이제 다시 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PlacesScreen</name>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>장소 찾기</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>장소 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>No place matches “%1”.</source>
        <translation>“%1”에 맞는 장소가 없습니다.</translation>
    </message>
    <message>
        <source>Places where the story happened, from the Far East to Seoul.</source>
        <translation>극동에서 서울까지, 이야기가 펼쳐진 곳들입니다.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어 표기</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어 표기</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어 표기</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>좌표</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>이곳에서 일어난 사건</translation>
    </message>
</context>
<context>
    <name>QuizHtml</name>
    <message>
        <source>True</source>
        <translation>참</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>시험</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>복습</translation>
    </message>
    <message>
        <source>Read the section that teaches this</source>
        <translation>이 내용을 다루는 부분 읽기</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>정답입니다!</translation>
    </message>
    <message>
        <source>Not quite. The answer: %1</source>
        <translation>아쉽습니다. 정답: %1</translation>
    </message>
    <message>
        <source>Your score: %1 of %2</source>
        <translation>점수: %2점 만점에 %1점</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered.</source>
        <translation>
            <numerusform>답하지 않은 문제 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time&apos;s up.</source>
        <translation>시간이 다 되었습니다.</translation>
    </message>
    <message>
        <source>You ended the round early.</source>
        <translation>중간에 끝냈습니다.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>학습자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>장</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>내 답: %1</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>정답: %1</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>내 학습 현황</translation>
    </message>
    <message>
        <source>No answers yet. Start with a practice round.</source>
        <translation>아직 답한 문제가 없습니다. 먼저 연습부터 시작해 보세요.</translation>
    </message>
    <message>
        <source>Mastery per chapter</source>
        <translation>장별 숙달도</translation>
    </message>
    <message>
        <source>Worth another look</source>
        <translation>다시 읽어 보면 좋은 장</translation>
    </message>
    <message>
        <source>Recent answers</source>
        <translation>최근 답변</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>학급 보고서</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>읽지 못한 파일:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답한 수</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>맞힌 수</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>학습자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Learners asked</source>
        <translation>응답한 학습자 수</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>정답률</translation>
    </message>
    <message>
        <source>Common wrong answers</source>
        <translation>자주 나온 오답</translation>
    </message>
    <message>
        <source>Questions, hardest first</source>
        <translation>문제별 결과 (어려운 문제부터)</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>저장한 곳: %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>There are no questions for this choice.</source>
        <translation>선택한 조건에 맞는 문제가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Chapter text</source>
        <translation>장 본문</translation>
    </message>
    <message>
        <source>A note for this bookmark (optional):</source>
        <translation>이 책갈피에 대한 메모(선택 사항):</translation>
    </message>
    <message>
        <source>Select some text first, then choose Highlight.</source>
        <translation>먼저 텍스트를 선택한 다음 형광펜 표시를 누르세요.</translation>
    </message>
    <message>
        <source>A note for this highlight (optional):</source>
        <translation>이 형광펜 표시에 대한 메모(선택 사항):</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReaderTheme</name>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
</context>
<context>
    <name>ReaderTools</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전 장</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>이전 장</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 장 ▶</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>다음 장</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>텍스트 작게</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>텍스트 크게</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>기본 텍스트 크기</translation>
    </message>
    <message>
        <source>Next reading theme</source>
        <translation>다음 읽기 테마</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Find in this chapter</source>
        <translation>이 장에서 찾기</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <source>Bookmark this place</source>
        <translation>이 위치에 책갈피 추가</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation>선택한 텍스트에 형광펜 표시</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Show your bookmarks and highlights</source>
        <translation>책갈피와 형광펜 표시 보기</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Read this chapter aloud</source>
        <translation>이 장을 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Print this chapter…</source>
        <translation>이 장 인쇄…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save this chapter as PDF…</source>
        <translation>이 장을 PDF로 저장…</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>텍스트 크기(&amp;T)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>텍스트 크기</translation>
    </message>
    <message>
        <source>Reading theme</source>
        <translation>읽기 테마</translation>
    </message>
    <message>
        <source>More reading tools</source>
        <translation>읽기 도구 더 보기</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tool and its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n개 항목</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2개 중 %1개 표시</translation>
    </message>
</context>
<context>
    <name>RecordListScreen</name>
    <message>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
    <message>
        <source>Nothing here matches “%1”.</source>
        <translation>“%1”에 맞는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Search everything for “%1”</source>
        <translation>전체에서 “%1” 검색</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Back to the quiz</source>
        <translation>퀴즈로 돌아가기</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Right and wrong by chapter</source>
        <translation>장별 정답과 오답</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search chapters, people, events, places and the glossary</source>
        <translation>장, 인물, 사건, 장소, 용어집 검색</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Type a name in any script (Nam Il, 남일, Нам Ир), a place, a year or a word.</source>
        <translation>어떤 문자로 쓴 이름이든(Nam Il, 남일, Нам Ир), 장소, 연도 또는 단어를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1” in names and titles: type more to search all the text</source>
        <translation>
            <numerusform>이름과 제목에서 찾은 “%1” 결과 %n개: 본문까지 찾으려면 더 입력하세요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1” 검색 결과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”. Did you mean: %2?</source>
        <translation>“%1”에 대한 검색 결과가 없습니다. 혹시 이것을 찾으셨나요? %2</translation>
    </message>
    <message>
        <source>No results for “%1”. Try another spelling or a shorter word.</source>
        <translation>“%1”에 대한 검색 결과가 없습니다. 다른 표기나 더 짧은 단어로 검색해 보세요.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Check (Enter)</source>
        <translation>확인 (Enter)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>다음 (Enter)</translation>
    </message>
    <message>
        <source>End the round…</source>
        <translation>끝내기…</translation>
    </message>
    <message>
        <source>Progress through the round</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>%2문제 중 %1번째</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>맞는 답을 모두 고르세요.</translation>
    </message>
    <message>
        <source>Put these in order: drag the handles or use Alt+Up and Alt+Down.</source>
        <translation>순서대로 놓으세요. 손잡이를 끌거나 Alt+↑, Alt+↓를 쓰면 됩니다.</translation>
    </message>
    <message>
        <source>Match each item on the left with one on the right.</source>
        <translation>왼쪽의 각 항목을 오른쪽 항목 하나와 짝지으세요.</translation>
    </message>
    <message>
        <source>True or false?</source>
        <translation>맞을까요, 틀릴까요?</translation>
    </message>
    <message>
        <source>Zoom and move the map as you like. From the keyboard: the arrows move it, + and − zoom, Page Down and Page Up choose a place.</source>
        <translation>지도를 마음대로 확대하고 옮겨 보세요. 키보드로는 화살표 키로 옮기고, +와 −로 확대·축소하며, Page Down과 Page Up으로 장소를 고릅니다.</translation>
    </message>
    <message>
        <source>[English: not translated yet]</source>
        <translation>[영어 원문: 아직 번역되지 않음]</translation>
    </message>
    <message>
        <source>You are still on this question.</source>
        <translation>이 문제는 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>끝내기</translation>
    </message>
    <message numerus="yes">
        <source>End the round now? %n question(s) not answered yet will count as not answered.</source>
        <translation>
            <numerusform>지금 끝낼까요? 아직 답하지 않은 %n문제는 답하지 않은 것으로 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>남은 시간: %1</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>직원 메뉴</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>키오스크 모드 끝내기</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>방문객 통계</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>키오스크로 돌아가기</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>What next?</source>
        <translation>이제 무엇을 할까요?</translation>
    </message>
    <message>
        <source>A round of your choice</source>
        <translation>직접 골라서 풀기</translation>
    </message>
    <message>
        <source>C&amp;hapter</source>
        <translation>장(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>주제(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>난이도(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>문제 수(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Minutes for a timed test</source>
        <translation>시험 제한 시간(분)(&amp;M)</translation>
    </message>
    <message>
        <source>Include questions made from the timeline and the people</source>
        <translation>연표와 인물 정보로 만든 문제도 포함</translation>
    </message>
    <message>
        <source>Include map questions (find the place on the map)</source>
        <translation>지도 문제도 포함(지도에서 장소 찾기)</translation>
    </message>
    <message>
        <source>Timed test</source>
        <translation>시간제한 시험</translation>
    </message>
    <message>
        <source>Practise (answers at once)</source>
        <translation>연습하기 (정답 바로 확인)</translation>
    </message>
    <message>
        <source>Take a test (answers at the end)</source>
        <translation>시험 보기 (정답은 마지막에 확인)</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>장</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>난이도</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>문제 수</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>내 학습 현황</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>모든 장</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>모든 난이도</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>쉬움</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>어려움</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <translation>%1 님으로 이어서 하기</translation>
    </message>
    <message>
        <source>Your PIN brings back your progress.</source>
        <translation>PIN을 입력하면 지금까지의 학습 기록이 돌아옵니다.</translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>이어서 풀기: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) answered right so far.</source>
        <translation>
            <numerusform>지금까지 %n문제 중 %1문제를 맞혔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review: %n question(s) due</source>
        <translation>
            <numerusform>복습: %n문제</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions you answered come back when you are about to forget them.</source>
        <translation>잊을 때쯤 푼 문제가 다시 나옵니다.</translation>
    </message>
    <message>
        <source>Nothing is due for review today. Questions you answer come back here when it is time.</source>
        <translation>오늘은 복습할 문제가 없습니다. 푼 문제는 때가 되면 여기에 다시 나옵니다.</translation>
    </message>
    <message>
        <source>Take a test</source>
        <translation>시험 보기</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), answers at the end.</source>
        <translation>
            <numerusform>%n문제, 정답은 마지막에 확인합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <source>%n visit(s) in the days kept</source>
        <translation>
            <numerusform>보관 중인 기간의 방문: %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Average time per visit: %1 min</source>
        <translation>방문당 평균 시간: %1분</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong staff PIN(s) tried</source>
        <translation>
            <numerusform>잘못 입력된 직원 PIN: %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>The statistics could not all be saved: %1</source>
        <translation>통계를 모두 저장하지는 못했습니다: %1</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>통계 저장</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the statistics: %1</source>
        <translation>통계를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>저장한 곳: %1</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>방문객 통계</translation>
    </message>
    <message>
        <source>&amp;Keep them for</source>
        <translation>보관 기간(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV로 저장…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>일별 방문객</translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message numerus="yes">
        <source>Touch the screen to carry on. In %n second(s) the kiosk starts again for the next visitor.</source>
        <translation>
            <numerusform>계속 보시려면 화면을 터치하세요. %n초 뒤에 다음 관람객을 위해 처음부터 다시 시작합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>아직 보고 계신가요?</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>네, 계속 볼게요</translation>
    </message>
</context>
<context>
    <name>TeacherTools</name>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Export my results…</source>
        <translation>내 결과 내보내기…</translation>
    </message>
    <message>
        <source>Export all learners&apos; results (CSV)…</source>
        <translation>모든 학습자의 결과 내보내기 (CSV)…</translation>
    </message>
    <message>
        <source>Import results files and make a report…</source>
        <translation>결과 파일을 가져와 보고서 만들기…</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>Export my results</source>
        <translation>내 결과 내보내기</translation>
    </message>
    <message>
        <source>Results (*.json)</source>
        <translation>결과 파일 (*.json)</translation>
    </message>
    <message>
        <source>Export all results</source>
        <translation>모든 결과 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>결과 가져오기</translation>
    </message>
    <message>
        <source>Results (*.json);;All files (*)</source>
        <translation>결과 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>the store did not answer: %1</source>
        <translation>저장소가 응답하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>the store answered HTTP %1: %2</source>
        <translation>저장소 응답 HTTP %1: %2</translation>
    </message>
    <message>
        <source>too large for a results file</source>
        <translation>결과 파일이라기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>not a results file (nested too deeply)</source>
        <translation>결과 파일이 아닙니다 (구조가 너무 깊음)</translation>
    </message>
    <message>
        <source>a results file from a newer version of the app</source>
        <translation>더 새 버전의 앱에서 만든 결과 파일입니다</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>읽을 수 없습니다</translation>
    </message>
    <message>
        <source>not a Koryo Desktop results file</source>
        <translation>Koryo Desktop 결과 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Learning Record Store</source>
        <translation>학습 기록 저장소</translation>
    </message>
    <message>
        <source>No results were read.</source>
        <translation>결과를 하나도 읽지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Type a number in digits, e.g. 1937</source>
        <translation>숫자로 입력하세요 (예: 1937)</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>답을 입력하세요</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>먼저 답을 입력하거나 고르세요.</translation>
    </message>
    <message>
        <source>“%1” is not a number: type it in digits, for example 1937.</source>
        <translation>“%1”은(는) 숫자가 아닙니다. 1937처럼 숫자로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Koryo-saram: a timeline</source>
        <translation>고려인 연표</translation>
    </message>
    <message>
        <source>The Korean diaspora of Central Asia, from the 1860s to today.</source>
        <translation>1860년대부터 오늘날까지 중앙아시아의 한인 디아스포라.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>축소 (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>연표 전체 보기 (Home)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Go to the year</source>
        <translation>해당 연도로 이동</translation>
    </message>
    <message>
        <source>Previous matching event</source>
        <translation>이전 검색 결과</translation>
    </message>
    <message>
        <source>Next matching event (Enter)</source>
        <translation>다음 검색 결과 (Enter)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Show the events as a table (Ctrl+L)</source>
        <translation>사건을 표로 보기 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Save the timeline as a picture, a poster or TimelineJS</source>
        <translation>연표를 그림, 포스터 또는 TimelineJS로 저장</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Find events</source>
        <translation>사건 찾기</translation>
    </message>
    <message>
        <source>Picture of this view (PNG)…</source>
        <translation>현재 화면 그림 (PNG)…</translation>
    </message>
    <message>
        <source>Printable poster (PDF)…</source>
        <translation>인쇄용 포스터 (PDF)…</translation>
    </message>
    <message>
        <source>TimelineJS file for a web site (JSON)…</source>
        <translation>웹사이트용 TimelineJS 파일 (JSON)…</translation>
    </message>
    <message>
        <source>Show %1 events</source>
        <translation>%1 사건 표시</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>인물(&amp;P)</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>장소(&amp;C)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Left and Right choose an event, Shift+Left and Shift+Right move, plus and minus zoom, Home shows everything, Enter opens the card; Ctrl+L shows the same events as a table.</source>
        <translation>왼쪽·오른쪽 화살표로 사건을 고르고, Shift+왼쪽·오른쪽으로 이동하며, 더하기·빼기로 확대·축소하고, Home으로 전체를 봅니다. Enter는 카드를 열고, Ctrl+L은 같은 사건을 표로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>The chosen event</source>
        <translation>선택한 사건</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 인물</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>모든 장소</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>사건 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a year in digits, for example 1937.</source>
        <translation>연도를 숫자로 입력하세요(예: 1937).</translation>
    </message>
    <message>
        <source>The timeline runs from %1 to %2: type a year in between.</source>
        <translation>연표는 %1년부터 %2년까지입니다. 그 사이의 연도를 입력하세요.</translation>
    </message>
    <message>
        <source>Choose an event: click it, or use Left and Right. Zoom with the wheel, a pinch or + and −.</source>
        <translation>사건을 클릭하거나 왼쪽·오른쪽 화살표로 고르세요. 휠, 두 손가락 확대 또는 +와 −로 확대·축소합니다.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>시기</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Read about it</source>
        <translation>관련 읽기</translation>
    </message>
    <message>
        <source>Save a picture</source>
        <translation>그림 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>Save a poster</source>
        <translation>포스터 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Koryo-saram: a timeline</source>
        <translation>고려인 연표</translation>
    </message>
    <message>
        <source>Save for TimelineJS</source>
        <translation>TimelineJS용으로 저장</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>TopicChart</name>
    <message>
        <source>%1: %2 right, %3 wrong</source>
        <translation>%1: 정답 %2, 오답 %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n not answered</source>
        <translation>
            <numerusform>, 답하지 않음 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XapiDialog</name>
    <message>
        <source>Learning Record Store</source>
        <translation>학습 기록 저장소</translation>
    </message>
    <message>
        <source>Send learning records (xAPI) to the school&apos;s Learning Record Store</source>
        <translation>학교의 학습 기록 저장소로 학습 기록(xAPI) 보내기</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(변경 없음)</translation>
    </message>
    <message>
        <source>Store&apos;s address (xAPI endpoint):</source>
        <translation>저장소 주소(xAPI 엔드포인트):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>School&apos;s home page:</source>
        <translation>학교 홈페이지:</translation>
    </message>
    <message>
        <source>Learners are named by:</source>
        <translation>학습자를 나타내는 방식:</translation>
    </message>
    <message>
        <source>Class (optional):</source>
        <translation>학급(선택):</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>학습자</translation>
    </message>
    <message>
        <source>Id at school</source>
        <translation>학교 아이디</translation>
    </message>
    <message>
        <source>Ids the school gave the learners on this computer</source>
        <translation>학교가 이 컴퓨터의 학습자에게 준 아이디</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Why the store refused it</source>
        <translation>저장소가 거부한 이유</translation>
    </message>
    <message>
        <source>Statements the store refused</source>
        <translation>저장소가 거부한 기록</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>연결 확인</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Send the refused statements again</source>
        <translation>거부된 기록 다시 보내기</translation>
    </message>
    <message>
        <source>Ids the school gave the learners on this computer:</source>
        <translation>학교가 이 컴퓨터의 학습자에게 준 아이디:</translation>
    </message>
    <message>
        <source>the id the school gives each learner (below); a random id until then</source>
        <translation>학교가 학습자마다 주는 아이디(아래). 그전까지는 임의의 아이디</translation>
    </message>
    <message>
        <source>always a random id made on this computer (no name)</source>
        <translation>언제나 이 컴퓨터에서 만든 임의의 아이디(이름 없음)</translation>
    </message>
    <message>
        <source>an e-mail address the school gives each learner (below)</source>
        <translation>학교가 학습자마다 주는 이메일 주소(아래)</translation>
    </message>
    <message>
        <source>the learner&apos;s name on this computer</source>
        <translation>이 컴퓨터에 등록된 학습자 이름</translation>
    </message>
    <message>
        <source>What is sent: for each learner on this computer, each answer (the question, whether it was right, the answer given and how long it took), the score of each practice, test and review, each section of a chapter read and each chapter read to the end. A learner is named only as chosen above, with the school&apos;s home page; a record also carries the app&apos;s name, the content&apos;s version and the language used, and nothing else about the learner or this computer. Records wait on this computer until the store has taken them.</source>
        <translation>보내는 내용: 이 컴퓨터의 학습자마다 각 답(문제, 맞았는지, 적은 답, 걸린 시간), 연습·시험·복습마다의 점수, 읽은 장의 각 절, 끝까지 읽은 각 장. 학습자는 위에서 고른 방식과 학교 홈페이지로만 나타납니다. 기록에는 앱 이름, 콘텐츠 버전, 사용한 언어도 담기며, 학습자나 이 컴퓨터에 관한 다른 정보는 담기지 않습니다. 기록은 저장소가 받을 때까지 이 컴퓨터에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>Waiting: %1 · Sent: %2 · Refused: %3</source>
        <translation>대기: %1 · 보냄: %2 · 거부됨: %3</translation>
    </message>
    <message>
        <source>The last try stopped: %1. The statements wait for the next try.</source>
        <translation>마지막 전송이 중단되었습니다: %1. 기록은 다음 전송을 기다립니다.</translation>
    </message>
    <message>
        <source>The store&apos;s address must start with http:// or https://.</source>
        <translation>저장소 주소는 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The school&apos;s home page must start with http:// or https://.</source>
        <translation>학교 홈페이지 주소는 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Asking the store…</source>
        <translation>저장소에 묻는 중…</translation>
    </message>
    <message>
        <source>The store did not answer: %1</source>
        <translation>저장소가 응답하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The store answered and took the user name and password.</source>
        <translation>저장소가 응답했고 사용자 이름과 비밀번호를 받아들였습니다.</translation>
    </message>
    <message>
        <source>The store refused the user name and password (HTTP %1: %2).</source>
        <translation>저장소가 사용자 이름과 비밀번호를 거부했습니다(HTTP %1: %2).</translation>
    </message>
    <message>
        <source>The store does not let these credentials read statements (HTTP %1: %2). Sending needs permission to write them; the class report needs permission to read them.</source>
        <translation>이 계정으로는 저장소의 기록을 읽을 수 없습니다(HTTP %1: %2). 보내려면 쓰기 권한이, 학급 보고서를 만들려면 읽기 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>The store answered with an error (HTTP %1: %2).</source>
        <translation>저장소가 오류로 응답했습니다(HTTP %1: %2).</translation>
    </message>
</context>
<context>
    <name>XapiTools</name>
    <message>
        <source>Learning Record Store…</source>
        <translation>학습 기록 저장소…</translation>
    </message>
    <message>
        <source>Class report from the Learning Record Store…</source>
        <translation>학습 기록 저장소에서 학급 보고서 만들기…</translation>
    </message>
    <message numerus="yes">
        <source>The Learning Record Store refused %n statement(s): its settings say why.</source>
        <translation>
            <numerusform>학습 기록 저장소가 기록 %n개를 거부했습니다. 이유는 저장소 설정에서 볼 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Year</name>
    <message>
        <source>%1</source>
        <translation>%1년</translation>
    </message>
</context>
</TS>
