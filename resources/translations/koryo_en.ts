<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChapterPagePlurals</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerNotices</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz answer(s)</source>
        <translation>
            <numerusform>%n quiz answer</numerusform>
            <numerusform>%n quiz answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) or highlight(s)</source>
        <translation>
            <numerusform>%n bookmark or highlight</numerusform>
            <numerusform>%n bookmarks or highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) with a reading place</source>
        <translation>
            <numerusform>%n chapter with a reading place</numerusform>
            <numerusform>%n chapters with a reading place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchAnswer</name>
    <message numerus="yes">
        <source>Match all %n item(s): each one on the left needs a partner on the right.</source>
        <translation>
            <numerusform>Match the %n item: it needs a partner on the right.</numerusform>
            <numerusform>Match all %n items: each one on the left needs a partner on the right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in this collection</source>
        <translation>
            <numerusform>%n person in this collection</numerusform>
            <numerusform>%n people in this collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesScreen</name>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizHtml</name>
    <message numerus="yes">
        <source>%n question(s) not answered.</source>
        <translation>
            <numerusform>%n question not answered.</numerusform>
            <numerusform>%n questions not answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message numerus="yes">
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
        <source>%n result(s) for “%1” in names and titles: type more to search all the text</source>
        <translation>
            <numerusform>%n result for “%1” in names and titles: type more to search all the text</numerusform>
            <numerusform>%n results for “%1” in names and titles: type more to search all the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>End the round now? %n question(s) not answered yet will count as not answered.</source>
        <translation>
            <numerusform>End the round now? %n question not answered yet will count as not answered.</numerusform>
            <numerusform>End the round now? %n questions not answered yet will count as not answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>%1 of %n question(s) answered right so far.</source>
        <translation>
            <numerusform>%1 of %n question answered right so far.</numerusform>
            <numerusform>%1 of %n questions answered right so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review: %n question(s) due</source>
        <translation>
            <numerusform>Review: %n question due</numerusform>
            <numerusform>Review: %n questions due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), answers at the end.</source>
        <translation>
            <numerusform>%n question, answers at the end.</numerusform>
            <numerusform>%n questions, answers at the end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <source>%n visit(s) in the days kept</source>
        <translation>
            <numerusform>%n visit in the days kept</numerusform>
            <numerusform>%n visits in the days kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong staff PIN(s) tried</source>
        <translation>
            <numerusform>%n wrong staff PIN tried</numerusform>
            <numerusform>%n wrong staff PINs tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message numerus="yes">
        <source>Touch the screen to carry on. In %n second(s) the kiosk starts again for the next visitor.</source>
        <translation>
            <numerusform>Touch the screen to carry on. In %n second the kiosk starts again for the next visitor.</numerusform>
            <numerusform>Touch the screen to carry on. In %n seconds the kiosk starts again for the next visitor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicChart</name>
    <message numerus="yes">
        <source>, %n not answered</source>
        <translation>
            <numerusform>, %n not answered</numerusform>
            <numerusform>, %n not answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XapiTools</name>
    <message numerus="yes">
        <source>The Learning Record Store refused %n statement(s): its settings say why.</source>
        <translation>
            <numerusform>The Learning Record Store refused %n statement: its settings say why.</numerusform>
            <numerusform>The Learning Record Store refused %n statements: its settings say why.</numerusform>
        </translation>
    </message>
</context>
</TS>
