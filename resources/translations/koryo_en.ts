<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChapterPagePlurals</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="18"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="21"/>
        <source>Test yourself: %n question(s) on this chapter</source>
        <translation>
            <numerusform>Test yourself: %n question on this chapter</numerusform>
            <numerusform>Test yourself: %n questions on this chapter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerNotices</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="22"/>
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="24"/>
        <source>%n quiz answer(s)</source>
        <translation>
            <numerusform>%n quiz answer</numerusform>
            <numerusform>%n quiz answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="26"/>
        <source>%n bookmark(s) or highlight(s)</source>
        <translation>
            <numerusform>%n bookmark or highlight</numerusform>
            <numerusform>%n bookmarks or highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="28"/>
        <source>%n chapter(s) with a reading place</source>
        <translation>
            <numerusform>%n chapter with a reading place</numerusform>
            <numerusform>%n chapters with a reading place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="239"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="287"/>
        <source>%n person(s) in this collection</source>
        <translation>
            <numerusform>%n person in this collection</numerusform>
            <numerusform>%n people in this collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="360"/>
        <source>%n shared event(s)</source>
        <translation>
            <numerusform>%n shared event</numerusform>
            <numerusform>%n shared events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="64"/>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="70"/>
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="382"/>
        <source>%n question(s) due for review today.</source>
        <translation>
            <numerusform>%n question due for review today.</numerusform>
            <numerusform>%n questions due for review today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="670"/>
        <source>%n learner(s): %1</source>
        <translation>
            <numerusform>%n learner: %1</numerusform>
            <numerusform>%n learners: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="35"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="144"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="309"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
</TS>
