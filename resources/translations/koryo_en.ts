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
    <name>GlossaryScreen</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="27"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="269"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="356"/>
        <source>%n person(s) in this collection</source>
        <translation>
            <numerusform>%n person in this collection</numerusform>
            <numerusform>%n people in this collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="429"/>
        <source>%n shared event(s)</source>
        <translation>
            <numerusform>%n shared event</numerusform>
            <numerusform>%n shared events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesScreen</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="28"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
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
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="38"/>
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
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="246"/>
        <source>%n result(s) for “%1” in names and titles: type more to search all the text</source>
        <translation>
            <numerusform>%n result for “%1” in names and titles: type more to search all the text</numerusform>
            <numerusform>%n results for “%1” in names and titles: type more to search all the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="249"/>
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
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="315"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
</TS>
