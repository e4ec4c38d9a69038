<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Categories</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="76"/>
        <source>migration</source>
        <translation>миграция</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="76"/>
        <source>repression</source>
        <translation>репрессии</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="77"/>
        <source>war</source>
        <translation>война</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="77"/>
        <source>diplomacy</source>
        <translation>дипломатия</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="78"/>
        <source>economy</source>
        <translation>экономика</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="78"/>
        <source>culture</source>
        <translation>культура</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="79"/>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="79"/>
        <source>politics</source>
        <translation>политика</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="32"/>
        <source>Chapter %1</source>
        <translation>Глава %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="40"/>
        <source>In this chapter you will learn to</source>
        <translation>В этой главе вы научитесь</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="52"/>
        <source>Sources disagree on part of this section.</source>
        <translation>По части этого раздела источники расходятся.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="58"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="63"/>
        <source>Talk about it</source>
        <translation>Обсудите</translation>
    </message>
</context>
<context>
    <name>ChapterPagePlurals</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="18"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n минута чтения</numerusform>
            <numerusform>%n минуты чтения</numerusform>
            <numerusform>%n минут чтения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/reader/chapter_html.py" line="21"/>
        <source>Test yourself: %n question(s) on this chapter</source>
        <translation>
            <numerusform>Проверьте себя: %n вопрос по этой главе</numerusform>
            <numerusform>Проверьте себя: %n вопроса по этой главе</numerusform>
            <numerusform>Проверьте себя: %n вопросов по этой главе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="104"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="105"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="106"/>
        <source>Korea</source>
        <translation>Корея</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="107"/>
        <source>Korea (Joint Security Area)</source>
        <translation>Корея (Совместная зона безопасности)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="108"/>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="109"/>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="110"/>
        <source>North Korea</source>
        <translation>Северная Корея</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="111"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="112"/>
        <source>Russian Empire</source>
        <translation>Российская империя</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="113"/>
        <source>South Korea</source>
        <translation>Южная Корея</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="114"/>
        <source>USSR</source>
        <translation>СССР</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="115"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="116"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="19"/>
        <source>the %1s</source>
        <translation>%1-е годы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="21"/>
        <source>c. %1</source>
        <translation>ок. %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="24"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="27"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="36"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
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
        <translation>точная дата</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="48"/>
        <source>month known</source>
        <translation>известен месяц</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="48"/>
        <source>year known</source>
        <translation>известен год</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="49"/>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="49"/>
        <source>decade known</source>
        <translation>известно десятилетие</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="58"/>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
</context>
<context>
    <name>DetailBrowser</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/detail_browser.py" line="29"/>
        <source>This app works offline; look up %1 in a browser if you wish.</source>
        <translation>Приложение работает без интернета; при желании откройте %1 в браузере.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="46"/>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="47"/>
        <source>Find in this chapter</source>
        <translation>Найти в этой главе</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="48"/>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="49"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="50"/>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="51"/>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="52"/>
        <source>Close find</source>
        <translation>Закрыть поиск</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="63"/>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/find_bar.py" line="65"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="130"/>
        <source>Sources disagree</source>
        <translation>Источники расходятся</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="151"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="21"/>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="34"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="24"/>
        <source>Find a term</source>
        <translation>Найти термин</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="34"/>
        <source>Words that the chapters use, explained.</source>
        <translation>Слова, которые встречаются в главах, с объяснениями.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="43"/>
        <source>Korean</source>
        <translation>По-корейски</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="46"/>
        <source>Russian</source>
        <translation>По-русски</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/glossary/glossary_screen.py" line="53"/>
        <source>Used in</source>
        <translation>Встречается в</translation>
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
        <translation>В 1937 году советское государство депортировало почти всё корейское население Дальнего Востока СССР в Казахстан и Узбекистан. Это приложение рассказывает историю корё-сарам — от первых корейских сёл в России до их связей с обеими Кореями сегодня.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="80"/>
        <source>Explore</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="82"/>
        <source>Read the chapters</source>
        <translation>Читать главы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="82"/>
        <source>The history, chapter by chapter</source>
        <translation>История, глава за главой</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="83"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="83"/>
        <source>Lives, in every spelling of their names</source>
        <translation>Судьбы людей — при любом написании имени</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="84"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="84"/>
        <source>Events from the 1860s to today</source>
        <translation>События с 1860-х годов до наших дней</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="85"/>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="85"/>
        <source>Test what you remember</source>
        <translation>Проверьте, что вы запомнили</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="86"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="86"/>
        <source>Find any name, place or word</source>
        <translation>Найдите любое имя, место или слово</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="87"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="87"/>
        <source>Words the story uses</source>
        <translation>Слова, которые встречаются в этой истории</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="88"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="88"/>
        <source>From Vladivostok to Tashkent</source>
        <translation>От Владивостока до Ташкента</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="92"/>
        <source>Start with</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/home/home_screen.py" line="101"/>
        <source>Continue reading</source>
        <translation>Продолжить чтение</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="67"/>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="67"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="67"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="68"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="68"/>
        <source>Glossary term</source>
        <translation>Термин глоссария</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="69"/>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="69"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="69"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="70"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="70"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk.py" line="86"/>
        <source>Something went wrong, so the app started again.</source>
        <translation>Что-то пошло не так, и приложение запустилось заново.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk.py" line="104"/>
        <source>One moment, please. The app is getting ready.</source>
        <translation>Минутку, пожалуйста. Приложение готовится к работе.</translation>
    </message>
</context>
<context>
    <name>LearnerNotices</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="22"/>
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n ученик</numerusform>
            <numerusform>%n ученика</numerusform>
            <numerusform>%n учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="24"/>
        <source>%n quiz answer(s)</source>
        <translation>
            <numerusform>%n ответ в тестах</numerusform>
            <numerusform>%n ответа в тестах</numerusform>
            <numerusform>%n ответов в тестах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="26"/>
        <source>%n bookmark(s) or highlight(s)</source>
        <translation>
            <numerusform>%n закладка или выделение</numerusform>
            <numerusform>%n закладки или выделения</numerusform>
            <numerusform>%n закладок или выделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="28"/>
        <source>%n chapter(s) with a reading place</source>
        <translation>
            <numerusform>%n глава с местом чтения</numerusform>
            <numerusform>%n главы с местом чтения</numerusform>
            <numerusform>%n глав с местом чтения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="35"/>
        <source>Your saved progress is in use by another copy of Koryo Desktop or by another program, so it cannot be opened now. Close the other copy (it may be open in another window) and start the app again. Nothing was changed.</source>
        <translation>Ваши сохранённые успехи сейчас заняты другой копией Koryo Desktop или другой программой, поэтому открыть их нельзя. Закройте другую копию (она может быть открыта в другом окне) и запустите приложение снова. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="41"/>
        <source>There is no room left on the disk for your progress (%1). Free some space, then start the app again. Nothing was changed.</source>
        <translation>На диске не осталось места для ваших успехов (%1). Освободите место и запустите приложение снова. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="46"/>
        <source>Your progress cannot be kept in %1, because that folder cannot be written to. Choose another folder with --data-dir, or ask whoever looks after this computer.</source>
        <translation>Успехи нельзя сохранять в %1: в эту папку нельзя записывать. Укажите другую папку с помощью --data-dir или обратитесь к тому, кто обслуживает этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="50"/>
        <source>Your saved progress in %1 is damaged and could not be repaired. It was left as it is.</source>
        <translation>Сохранённые успехи в %1 повреждены, и восстановить их не удалось. Файл оставлен как есть.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="53"/>
        <source>Your progress cannot be kept in %1. Check that the folder exists and can be reached, or choose another one with --data-dir.</source>
        <translation>Успехи нельзя сохранять в %1. Проверьте, что папка существует и доступна, или укажите другую с помощью --data-dir.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="63"/>
        <source>The disk is full, so your progress is shown but nothing new can be saved. Free some space and start the app again to keep what you do.</source>
        <translation>Диск заполнен, поэтому ваши успехи видны, но ничего нового сохранить нельзя. Освободите место и запустите приложение снова, чтобы ваша работа сохранялась.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="67"/>
        <source>Your progress is shown but cannot be saved, because the file %1 cannot be written to. What you do now will not be kept.</source>
        <translation>Ваши успехи видны, но сохранить их нельзя: в файл %1 нельзя записывать. То, что вы сделаете сейчас, не сохранится.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="76"/>
        <source>Your saved progress was damaged and nothing in it could be read, so a new start was made. The damaged file was kept as %1.</source>
        <translation>Сохранённые успехи были повреждены, и прочитать из них ничего не удалось, поэтому всё начато заново. Повреждённый файл сохранён как %1.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="80"/>
        <source>Your saved progress was damaged. Everything that could still be read was kept: %1. The damaged file was kept as %2.</source>
        <translation>Сохранённые успехи были повреждены. Всё, что удалось прочитать, сохранено: %1. Повреждённый файл сохранён как %2.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="89"/>
        <source>A damaged progress file from an earlier start, %1, is still kept; nothing in it can be read.</source>
        <translation>Повреждённый файл успехов от прошлого запуска, %1, всё ещё хранится; прочитать из него ничего нельзя.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="91"/>
        <source>Progress from an earlier start was kept aside in %1: %2. Bring it back?</source>
        <translation>Успехи от прошлого запуска были отложены в %1: %2. Вернуть их?</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="97"/>
        <source>Nothing to bring back: all of it was here already.</source>
        <translation>Возвращать нечего: всё это уже здесь.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="98"/>
        <source>Brought back: %1.</source>
        <translation>Возвращено: %1.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="104"/>
        <source>Your progress could not be saved just now, because another program is using the file. Try again in a moment.</source>
        <translation>Сейчас сохранить успехи не удалось: файл занят другой программой. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="108"/>
        <source>Your progress could not be saved: the disk is full. Free some space and try again.</source>
        <translation>Сохранить успехи не удалось: диск заполнен. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="110"/>
        <source>Your progress cannot be saved: the file cannot be written to.</source>
        <translation>Сохранить успехи нельзя: в файл нельзя записывать.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="111"/>
        <source>Your progress could not be saved. Try again; if it keeps happening, restart the app.</source>
        <translation>Сохранить успехи не удалось. Попробуйте ещё раз; если это повторяется, перезапустите приложение.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="114"/>
        <source>Bring it back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="117"/>
        <source>Not needed</source>
        <translation>Не нужно</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/learner_notices.py" line="120"/>
        <source>It will not be offered again; the file stays in its folder.</source>
        <translation>Больше предлагать не будем; файл останется в своей папке.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="171"/>
        <source>Nothing to open at “%1”.</source>
        <translation>По ссылке «%1» нечего открыть.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="268"/>
        <source>Koryo Desktop — the history of the Koryo-saram</source>
        <translation>Koryo Desktop — история корё-сарам</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="270"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="270"/>
        <source>Reader</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="270"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="271"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="271"/>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="271"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="272"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="272"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="277"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="278"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="279"/>
        <source>Interface si&amp;ze</source>
        <translation>Раз&amp;мер интерфейса</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="280"/>
        <source>Text size of the whole interface</source>
        <translation>Размер шрифта во всём приложении</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="281"/>
        <source>C&amp;olours</source>
        <translation>&amp;Цвета</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="282"/>
        <source>Colours of the whole interface</source>
        <translation>Цвета всего приложения</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="283"/>
        <source>Standard</source>
        <translation>Обычные</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="283"/>
        <source>Dark</source>
        <translation>Тёмные</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="283"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="286"/>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="287"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="288"/>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="289"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="290"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Поиск по всему (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="291"/>
        <source>Search everything</source>
        <translation>Поиск по всему</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/main_window.py" line="292"/>
        <source>Close the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/app.py" line="321"/>
        <source>Something went wrong; the app kept running. Details were written to the log.</source>
        <translation>Что-то пошло не так, но приложение продолжает работать. Подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="63"/>
        <source>New learner</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="65"/>
        <source>Name or nickname</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="69"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="72"/>
        <source>PIN (optional)</source>
        <translation>PIN (необязательно)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="74"/>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="75"/>
        <source>&amp;Colour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="76"/>
        <source>&amp;PIN (optional)</source>
        <translation>&amp;PIN (необязательно)</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="52"/>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="53"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="125"/>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="126"/>
        <source>Bookmarks and highlights</source>
        <translation>Закладки и выделения</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="128"/>
        <source>Nothing saved yet. Use Bookmark (Ctrl+D) or select text and use Highlight (Ctrl+H).</source>
        <translation>Пока ничего не сохранено. Нажмите «Закладка» (Ctrl+D) или выберите фрагмент текста и нажмите «Выделение» (Ctrl+H).</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="130"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="131"/>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="132"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="133"/>
        <source>Export as Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="163"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="163"/>
        <source>Your note:</source>
        <translation>Ваша заметка:</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="178"/>
        <source>My notes from Koryo Desktop</source>
        <translation>Мои заметки из Koryo Desktop</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="179"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="179"/>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="186"/>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/notes_panel.py" line="186"/>
        <source>Markdown (*.md)</source>
        <translation>Файлы Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="145"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="158"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="286"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="146"/>
        <source>Find a person by any name: Latin, Hangul or Cyrillic</source>
        <translation>Найдите человека по любому имени: латиницей, хангылем или кириллицей</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="287"/>
        <source>%n person(s) in this collection</source>
        <translation>
            <numerusform>В коллекции %n человек</numerusform>
            <numerusform>В коллекции %n человека</numerusform>
            <numerusform>В коллекции %n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="288"/>
        <source>Choose a person on the left, or type any spelling of a name.</source>
        <translation>Выберите человека слева или введите имя в любом написании.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="136"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="156"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="126"/>
        <source>statesman</source>
        <translation>государственный деятель</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="126"/>
        <source>politician</source>
        <translation>политик</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="126"/>
        <source>military</source>
        <translation>военный</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="127"/>
        <source>diplomat</source>
        <translation>дипломат</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="127"/>
        <source>farmer</source>
        <translation>земледелец</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="127"/>
        <source>scientist</source>
        <translation>учёный</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="128"/>
        <source>scholar</source>
        <translation>исследователь</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="128"/>
        <source>writer</source>
        <translation>писатель</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="128"/>
        <source>playwright</source>
        <translation>драматург</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="129"/>
        <source>artist</source>
        <translation>художник</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="129"/>
        <source>musician</source>
        <translation>музыкант</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="129"/>
        <source>athlete</source>
        <translation>спортсмен</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="130"/>
        <source>activist</source>
        <translation>общественный деятель</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="130"/>
        <source>journalist</source>
        <translation>журналист</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="130"/>
        <source>teacher</source>
        <translation>учитель</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="131"/>
        <source>engineer</source>
        <translation>инженер</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="136"/>
        <source>Birth name</source>
        <translation>Имя при рождении</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="136"/>
        <source>Russian name</source>
        <translation>Русское имя</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="137"/>
        <source>Korean name</source>
        <translation>Корейское имя</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="137"/>
        <source>Also written</source>
        <translation>Другое написание</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="138"/>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="142"/>
        <source>Hanja</source>
        <translation>Ханча</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="141"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="141"/>
        <source>Hangul</source>
        <translation>Хангыль</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="141"/>
        <source>Cyrillic</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="149"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="150"/>
        <source>&amp;Era</source>
        <translation>&amp;Эпоха</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="151"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="152"/>
        <source>&amp;Sort by</source>
        <translation>&amp;Сортировка</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="157"/>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="159"/>
        <source>About this person</source>
        <translation>Об этом человеке</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="202"/>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="203"/>
        <source>All eras</source>
        <translation>Все эпохи</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="204"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="239"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="241"/>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="324"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="327"/>
        <source>Born</source>
        <translation>Рождение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="328"/>
        <source>Died</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="339"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="343"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="347"/>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="352"/>
        <source>Key events</source>
        <translation>Ключевые события</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="360"/>
        <source>%n shared event(s)</source>
        <translation>
            <numerusform>%n общее событие</numerusform>
            <numerusform>%n общих события</numerusform>
            <numerusform>%n общих событий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="363"/>
        <source>Related people</source>
        <translation>Связанные люди</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/people/people_screen.py" line="309"/>
        <source>In the chapters</source>
        <translation>В главах</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="20"/>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="21"/>
        <source>Staff PIN:</source>
        <translation>PIN-код сотрудника:</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="25"/>
        <source>Staff PIN</source>
        <translation>PIN-код сотрудника</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="53"/>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="64"/>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="70"/>
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/kiosk_screens.py" line="75"/>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>PlacesScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="22"/>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="43"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="25"/>
        <source>Find a place</source>
        <translation>Найти место</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="45"/>
        <source>Places where the story happened, from the Far East to Seoul.</source>
        <translation>Места, где разворачивалась эта история, — от Дальнего Востока до Сеула.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="53"/>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="54"/>
        <source>Korean</source>
        <translation>По-корейски</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="55"/>
        <source>Russian</source>
        <translation>По-русски</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="56"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="57"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/places/places_screen.py" line="65"/>
        <source>Events here</source>
        <translation>События здесь</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="259"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="456"/>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="260"/>
        <source>&amp;Learner</source>
        <translation>&amp;Ученик</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="261"/>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="262"/>
        <source>New learner…</source>
        <translation>Новый ученик…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="263"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="488"/>
        <source>Review</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="264"/>
        <source>Start review</source>
        <translation>Начать повторение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="265"/>
        <source>Practice or test</source>
        <translation>Тренировка или тест</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="266"/>
        <source>C&amp;hapter</source>
        <translation>&amp;Глава</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="267"/>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="268"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="269"/>
        <source>&amp;Difficulty</source>
        <translation>Уровень &amp;сложности</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="270"/>
        <source>&amp;Questions</source>
        <translation>Количество &amp;вопросов</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="271"/>
        <source>&amp;Minutes for a timed test</source>
        <translation>&amp;Длительность теста на время, мин</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="272"/>
        <source>Include questions made from the timeline and the people</source>
        <translation>Включить вопросы, составленные по хронологии и биографиям людей</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="273"/>
        <source>Timed test</source>
        <translation>Тест на время</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="274"/>
        <source>Practise (answers at once)</source>
        <translation>Тренироваться (ответы сразу)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="275"/>
        <source>Take a test (answers at the end)</source>
        <translation>Пройти тест (ответы в конце)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="276"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="288"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="277"/>
        <source>Export my results…</source>
        <translation>Экспорт моих результатов…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="278"/>
        <source>Export all learners&apos; results (CSV)…</source>
        <translation>Экспорт результатов всех учеников (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="279"/>
        <source>Import results files and make a report…</source>
        <translation>Импортировать файлы результатов и составить отчёт…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="280"/>
        <source>Check (Enter)</source>
        <translation>Проверить (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="281"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="282"/>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="283"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="284"/>
        <source>Back to the quiz</source>
        <translation>Вернуться к викторине</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="285"/>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="285"/>
        <source>Difficulty</source>
        <translation>Уровень сложности</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="286"/>
        <source>Questions</source>
        <translation>Количество вопросов</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="286"/>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="287"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="389"/>
        <source>Your progress</source>
        <translation>Ваши успехи</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="287"/>
        <source>Feedback</source>
        <translation>Разбор ответа</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="309"/>
        <source>All chapters</source>
        <translation>Все главы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="316"/>
        <source>easy</source>
        <translation>лёгкий</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="316"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="316"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="317"/>
        <source>hard</source>
        <translation>сложный</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="326"/>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="341"/>
        <source>Guest</source>
        <translation>Гость</translation>
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
        <translation>%1, введите ваш PIN:</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="355"/>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="369"/>
        <source>New learner</source>
        <translation>Новый ученик</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="382"/>
        <source>%n question(s) due for review today.</source>
        <translation>
            <numerusform>Сегодня нужно повторить %n вопрос.</numerusform>
            <numerusform>Сегодня нужно повторить %n вопроса.</numerusform>
            <numerusform>Сегодня нужно повторить %n вопросов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="383"/>
        <source>Nothing is due for review today. Questions you answer come back here when it is time.</source>
        <translation>Сегодня повторять нечего. Вопросы, на которые вы ответили, вернутся сюда, когда придёт время.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="391"/>
        <source>No answers yet. Start with a practice round.</source>
        <translation>Ответов пока нет. Начните с тренировки.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="399"/>
        <source>Mastery per chapter</source>
        <translation>Освоение по главам</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="403"/>
        <source>Worth another look</source>
        <translation>Стоит перечитать</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="410"/>
        <source>Recent answers</source>
        <translation>Последние ответы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="456"/>
        <source>There are no questions for this choice.</source>
        <translation>Для выбранных условий нет вопросов.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="472"/>
        <source>Time left: %1</source>
        <translation>Осталось времени: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="488"/>
        <source>Practice</source>
        <translation>Тренировка</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="488"/>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="489"/>
        <source>Question %1 of %2 · %3 · %4</source>
        <translation>Вопрос %1 из %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="491"/>
        <source>Choose every right answer.</source>
        <translation>Выберите все правильные ответы.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="491"/>
        <source>Put these in order.</source>
        <translation>Расставьте по порядку.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="492"/>
        <source>Match each item on the left with one on the right.</source>
        <translation>Сопоставьте каждый элемент слева с одним элементом справа.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="500"/>
        <source>Items to order</source>
        <translation>Элементы, которые нужно расставить по порядку</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="500"/>
        <source>Move up (Alt+Up)|Move down (Alt+Down)</source>
        <translation>Вверх (Alt+Up)|Вниз (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="501"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="502"/>
        <source>Type a number</source>
        <translation>Введите число</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="503"/>
        <source>Type your answer</source>
        <translation>Введите ответ</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="538"/>
        <source>Give an answer first.</source>
        <translation>Сначала дайте ответ.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="571"/>
        <source>Right!</source>
        <translation>Верно!</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="571"/>
        <source>Not quite. The answer: %1</source>
        <translation>Не совсем. Правильный ответ: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="597"/>
        <source>Your score: %1 of %2</source>
        <translation>Ваш результат: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="602"/>
        <source>You finished early.</source>
        <translation>Вы закончили досрочно.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="611"/>
        <source>Your answer: %1</source>
        <translation>Ваш ответ: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="612"/>
        <source>Right answer: %1</source>
        <translation>Правильный ответ: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="635"/>
        <source>Export my results</source>
        <translation>Экспорт моих результатов</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="635"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="654"/>
        <source>Results (*.json)</source>
        <translation>Файлы результатов (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="641"/>
        <source>Export all results</source>
        <translation>Экспорт всех результатов</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="641"/>
        <source>CSV (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="653"/>
        <source>Import results</source>
        <translation>Импорт результатов</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="669"/>
        <source>Class report</source>
        <translation>Отчёт по классу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="670"/>
        <source>%n learner(s): %1</source>
        <translation>
            <numerusform>%n ученик: %1</numerusform>
            <numerusform>%n ученика: %1</numerusform>
            <numerusform>%n учеников: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="673"/>
        <source>Not read:</source>
        <translation>Не удалось прочитать:</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="680"/>
        <source>Learners asked</source>
        <translation>Учеников отвечало</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="680"/>
        <source>Right</source>
        <translation>Верных ответов</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="680"/>
        <source>Common wrong answers</source>
        <translation>Частые неверные ответы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="687"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="687"/>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="499"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="566"/>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="499"/>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="566"/>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="576"/>
        <source>Read the section that teaches this</source>
        <translation>Прочитать раздел, где об этом рассказано</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="493"/>
        <source>True or false?</source>
        <translation>Верно или неверно?</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/quiz/quiz_screen.py" line="680"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="192"/>
        <source>◀ Previous</source>
        <translation>◀ Предыдущая</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="192"/>
        <source>Previous chapter (Ctrl+Page Up)</source>
        <translation>Предыдущая глава (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="193"/>
        <source>Next ▶</source>
        <translation>Следующая ▶</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="193"/>
        <source>Next chapter (Ctrl+Page Down)</source>
        <translation>Следующая глава (Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="194"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="194"/>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Уменьшить текст (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="195"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="195"/>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>Увеличить текст (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="196"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="196"/>
        <source>Find in this chapter (Ctrl+F)</source>
        <translation>Найти в этой главе (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="197"/>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="408"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="197"/>
        <source>Bookmark this place (Ctrl+D)</source>
        <translation>Добавить закладку на это место (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="198"/>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="425"/>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="198"/>
        <source>Highlight the selected text (Ctrl+H)</source>
        <translation>Выделить выбранный текст (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="199"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="199"/>
        <source>Show your bookmarks and highlights</source>
        <translation>Показать ваши закладки и выделения</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="200"/>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="200"/>
        <source>Read this chapter aloud</source>
        <translation>Прочитать эту главу вслух</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="201"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="201"/>
        <source>Print this chapter (Ctrl+P)</source>
        <translation>Напечатать эту главу (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="202"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="202"/>
        <source>Save this chapter as PDF</source>
        <translation>Сохранить эту главу в PDF</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="210"/>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="211"/>
        <source>More reading tools</source>
        <translation>Другие инструменты чтения</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="212"/>
        <source>&amp;Text size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="213"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="214"/>
        <source>Reading theme</source>
        <translation>Тема чтения</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="220"/>
        <source>Table of contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="221"/>
        <source>Chapter text</source>
        <translation>Текст главы</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="408"/>
        <source>A note for this bookmark (optional):</source>
        <translation>Заметка к этой закладке (необязательно):</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="423"/>
        <source>Select some text first, then choose Highlight.</source>
        <translation>Сначала выберите фрагмент текста, затем нажмите «Выделение».</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="425"/>
        <source>A note for this highlight (optional):</source>
        <translation>Заметка к этому выделению (необязательно):</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="481"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/reader_screen.py" line="481"/>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReaderTheme</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/themes.py" line="26"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/themes.py" line="27"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/themes.py" line="28"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/reader/themes.py" line="29"/>
        <source>Sepia</source>
        <translation>Сепия</translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="35"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="36"/>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
</context>
<context>
    <name>RecordListScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="113"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/widgets/record_list_screen.py" line="128"/>
        <source>Details</source>
        <translation>Подробности</translation>
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
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="108"/>
        <source>Search chapters, people, events, places and the glossary</source>
        <translation>Поиск по главам, людям, событиям, местам и глоссарию</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="112"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="139"/>
        <source>Type a name in any script (Nam Il, 남일, Нам Ир), a place, a year or a word.</source>
        <translation>Введите имя в любом написании (Nam Il, 남일, Нам Ир), место, год или слово.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="144"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n результат по запросу «%1»</numerusform>
            <numerusform>%n результата по запросу «%1»</numerusform>
            <numerusform>%n результатов по запросу «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="149"/>
        <source>No results for “%1”. Did you mean: %2?</source>
        <translation>По запросу «%1» ничего не найдено. Возможно, вы имели в виду: %2?</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/search/search_screen.py" line="153"/>
        <source>No results for “%1”. Try another spelling or a shorter word.</source>
        <translation>По запросу «%1» ничего не найдено. Попробуйте другое написание или более короткое слово.</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timelinejs_export.py" line="21"/>
        <source>Koryo-saram: a timeline</source>
        <translation>Корё-сарам: хронология</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timelinejs_export.py" line="22"/>
        <source>The Korean diaspora of Central Asia, from the 1860s to today.</source>
        <translation>Корейская диаспора Центральной Азии с 1860-х годов до наших дней.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="67"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="68"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="69"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="70"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_model.py" line="71"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="201"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="230"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="390"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="203"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="203"/>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="204"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="204"/>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="205"/>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="205"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Показать всю хронологию (Home)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="206"/>
        <source>Go</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="206"/>
        <source>Go to the year</source>
        <translation>Перейти к году</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="207"/>
        <source>Previous matching event</source>
        <translation>Предыдущее найденное событие</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="208"/>
        <source>Next matching event (Enter)</source>
        <translation>Следующее найденное событие (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="209"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="209"/>
        <source>Show the events as a table (Ctrl+L)</source>
        <translation>Показать события таблицей (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="210"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="210"/>
        <source>Save the timeline as a picture, a poster or TimelineJS</source>
        <translation>Сохранить хронологию как изображение, плакат или TimelineJS</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="215"/>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="216"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="217"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="218"/>
        <source>Find events</source>
        <translation>Найти события</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="219"/>
        <source>Picture of this view (PNG)…</source>
        <translation>Изображение этого вида (PNG)…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="220"/>
        <source>Printable poster (PDF)…</source>
        <translation>Плакат для печати (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="221"/>
        <source>TimelineJS file for a web site (JSON)…</source>
        <translation>Файл TimelineJS для сайта (JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="225"/>
        <source>Show %1 events</source>
        <translation>Показывать события: %1</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="226"/>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="227"/>
        <source>Pla&amp;ce</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="228"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="229"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="233"/>
        <source>Left and Right choose an event, Shift+Left and Shift+Right move, plus and minus zoom, Home shows everything, Enter opens the card; Ctrl+L shows the same events as a table.</source>
        <translation>Стрелки влево и вправо выбирают событие, Shift+влево и Shift+вправо сдвигают вид, плюс и минус меняют масштаб, Home показывает всё, Enter открывает карточку; Ctrl+L показывает те же события таблицей.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="237"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="238"/>
        <source>The chosen event</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="268"/>
        <source>Everyone</source>
        <translation>Все люди</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="269"/>
        <source>Everywhere</source>
        <translation>Все места</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="307"/>
        <source>No events</source>
        <translation>Событий нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="309"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="391"/>
        <source>Choose an event: click it, or use Left and Right. Zoom with the wheel, a pinch or + and −.</source>
        <translation>Выберите событие: щёлкните по нему или используйте стрелки влево и вправо. Масштаб меняется колесом, жестом щипка или клавишами + и −.</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="392"/>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="407"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="411"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="415"/>
        <source>Read about it</source>
        <translation>Читать об этом</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="430"/>
        <source>Save a picture</source>
        <translation>Сохранить изображение</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="430"/>
        <source>PNG image (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="436"/>
        <source>Save a poster</source>
        <translation>Сохранить плакат</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="436"/>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="444"/>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="451"/>
        <source>Koryo-saram: a timeline</source>
        <translation>Корё-сарам: хронология</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="461"/>
        <source>Save for TimelineJS</source>
        <translation>Сохранить для TimelineJS</translation>
    </message>
    <message>
        <location filename="../../src/koryo_desktop/ui/timeline/timeline_screen.py" line="461"/>
        <source>JSON (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Year</name>
    <message>
        <location filename="../../src/koryo_desktop/ui/formatting.py" line="31"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
</TS>
