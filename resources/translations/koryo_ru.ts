<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Categories</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="70"/>
        <source>migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="70"/>
        <source>repression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="71"/>
        <source>war</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="71"/>
        <source>diplomacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="72"/>
        <source>economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="72"/>
        <source>culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="73"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="73"/>
        <source>politics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="16"/>
        <source>the %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="18"/>
        <source>c. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="21"/>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="24"/>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="30"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="34"/>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="54"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="42"/>
        <source>exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="42"/>
        <source>month known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="42"/>
        <source>year known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="43"/>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="43"/>
        <source>decade known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="52"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailBrowser</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/detail_browser.py" line="29"/>
        <source>This app works offline; look up %1 in a browser if you wish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="87"/>
        <source>Sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="108"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="21"/>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="34"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="24"/>
        <source>Find a term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="76"/>
        <source>Koryo Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="79"/>
        <source>In 1937 the Soviet state deported the whole Korean population of its Far East to Kazakhstan and Uzbekistan. This app tells the story of these Koryo-saram, from the first Korean villages in Russia to their ties with both Koreas today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="84"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="86"/>
        <source>Read the chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="86"/>
        <source>The history, chapter by chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="87"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="87"/>
        <source>Lives, in every spelling of their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="88"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="88"/>
        <source>Events from the 1860s to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="89"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="89"/>
        <source>Test what you remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="90"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="90"/>
        <source>Find any name, place or word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="91"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="91"/>
        <source>Words the story uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="92"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="92"/>
        <source>From Vladivostok to Tashkent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="96"/>
        <source>Start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="105"/>
        <source>Continue reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="61"/>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="61"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="61"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="62"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="62"/>
        <source>Glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="63"/>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="63"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="63"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="64"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="64"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="124"/>
        <source>Nothing to open at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="171"/>
        <source>Koryo Desktop — the history of the Koryo-saram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="173"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="173"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="173"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="174"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="174"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="174"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="175"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="175"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="180"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="181"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="182"/>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="183"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="184"/>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="185"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="186"/>
        <source>Search everything (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="187"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="188"/>
        <source>Close the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/app.py" line="151"/>
        <source>Something went wrong; the app kept running. Details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="21"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="35"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="24"/>
        <source>Find a person by any name: Latin, Hangul or Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="36"/>
        <source>%n person(s) in this collection</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="41"/>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="41"/>
        <source>Russian name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="42"/>
        <source>Korean name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="42"/>
        <source>Also written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="43"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="47"/>
        <source>Hanja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="46"/>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="46"/>
        <source>Hangul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="46"/>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="62"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="63"/>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="21"/>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="34"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="24"/>
        <source>Find a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="44"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="45"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="46"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="47"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="24"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="41"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="27"/>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="30"/>
        <source>easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="30"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="30"/>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="62"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="62"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="77"/>
        <source>Read the section that teaches this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="113"/>
        <source>Show the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="114"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="25"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="28"/>
        <source>Filter chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="34"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="35"/>
        <source>%n min read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="45"/>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="74"/>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="96"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="110"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="127"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="129"/>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_model.py" line="40"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="104"/>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="107"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="105"/>
        <source>Search chapters, people, events, places and the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="109"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="127"/>
        <source>Type a name in any script (Nam Il, 남일, Нам Ир), a place, a year or a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="132"/>
        <source>%n result(s) for “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="137"/>
        <source>No results for “%1”. Did you mean: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="141"/>
        <source>No results for “%1”. Try another spelling or a shorter word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="21"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="47"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="24"/>
        <source>Filter events by word, year, person or place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Year</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="25"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
