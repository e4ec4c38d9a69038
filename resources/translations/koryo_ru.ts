<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnimationBar</name>
    <message>
        <source>A week back</source>
        <translation>На неделю назад</translation>
    </message>
    <message>
        <source>A week forward</source>
        <translation>На неделю вперёд</translation>
    </message>
    <message>
        <source>Pause the trains</source>
        <translation>Остановить эшелоны</translation>
    </message>
    <message>
        <source>Play the trains of 1937</source>
        <translation>Показать движение эшелонов 1937 года</translation>
    </message>
    <message>
        <source>Day of the deportation</source>
        <translation>День депортации</translation>
    </message>
</context>
<context>
    <name>AnswerWidget</name>
    <message>
        <source>Give an answer first.</source>
        <translation>Сначала дайте ответ.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>Коснитесь, чтобы начать</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личность</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Did you know?</source>
        <translation>Знаете ли вы?</translation>
    </message>
    <message>
        <source>From chapter %1</source>
        <translation>Из главы %1</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>migration</source>
        <translation>миграция</translation>
    </message>
    <message>
        <source>repression</source>
        <translation>репрессии</translation>
    </message>
    <message>
        <source>war</source>
        <translation>война</translation>
    </message>
    <message>
        <source>diplomacy</source>
        <translation>дипломатия</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>экономика</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>культура</translation>
    </message>
    <message>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <source>politics</source>
        <translation>политика</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <source>scholarly work</source>
        <translation>научная работа</translation>
    </message>
    <message>
        <source>archival document</source>
        <translation>архивный документ</translation>
    </message>
    <message>
        <source>official publication</source>
        <translation>официальное издание</translation>
    </message>
    <message>
        <source>press</source>
        <translation>пресса</translation>
    </message>
    <message>
        <source>reference work</source>
        <translation>справочное издание</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Глава %1</translation>
    </message>
    <message>
        <source>In this chapter you will learn to</source>
        <translation>В этой главе вы научитесь</translation>
    </message>
    <message>
        <source>Sources disagree on part of this section.</source>
        <translation>По части этого раздела источники расходятся.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Talk about it</source>
        <translation>Обсудите</translation>
    </message>
</context>
<context>
    <name>ChapterPagePlurals</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n минута чтения</numerusform>
            <numerusform>%n минуты чтения</numerusform>
            <numerusform>%n минут чтения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test yourself: %n question(s) on this chapter</source>
        <translation>
            <numerusform>Проверьте себя: %n вопрос по этой главе</numerusform>
            <numerusform>Проверьте себя: %n вопроса по этой главе</numerusform>
            <numerusform>Проверьте себя: %n вопросов по этой главе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>census</source>
        <translation>перепись</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>resettled in 1937</source>
        <translation>переселено в 1937 году</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <source>Year or group</source>
        <translation>Год или группа</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Kind of figure</source>
        <translation>Вид данных</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>В цифрах</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>%1 (right answer)</source>
        <translation>%1 (правильный ответ)</translation>
    </message>
    <message>
        <source>%1 (your answer, wrong)</source>
        <translation>%1 (ваш ответ, неверный)</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>Корея</translation>
    </message>
    <message>
        <source>Korea (Joint Security Area)</source>
        <translation>Корея (Совместная зона безопасности)</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Северная Корея</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Russian Empire</source>
        <translation>Российская империя</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Южная Корея</translation>
    </message>
    <message>
        <source>USSR</source>
        <translation>СССР</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>the %1s</source>
        <translation>%1-е годы</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>ок. %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>точная дата</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>известен месяц</translation>
    </message>
    <message>
        <source>year known</source>
        <translation>известен год</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <source>decade known</source>
        <translation>известно десятилетие</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <source>Day</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Minutes in all</source>
        <translation>Всего минут</translation>
    </message>
    <message>
        <source>Minutes per visit</source>
        <translation>Минут на посещение</translation>
    </message>
    <message>
        <source>Screens opened</source>
        <translation>Открыто экранов</translation>
    </message>
    <message>
        <source>Records opened</source>
        <translation>Открыто записей</translation>
    </message>
    <message>
        <source>Quizzes finished</source>
        <translation>Пройдено викторин</translation>
    </message>
</context>
<context>
    <name>DetailBrowser</name>
    <message>
        <source>This app works offline; look up %1 in a browser if you wish.</source>
        <translation>Приложение работает без интернета; при желании откройте %1 в браузере.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>also accepted: %1</source>
        <translation>засчитывается и: %1</translation>
    </message>
    <message>
        <source>(Several answers.)</source>
        <translation>(Несколько ответов.)</translation>
    </message>
    <message>
        <source>Choose from:</source>
        <translation>Выберите из:</translation>
    </message>
    <message>
        <source>(True or false?)</source>
        <translation>(Верно или неверно?)</translation>
    </message>
    <message>
        <source>chapter %1</source>
        <translation>глава %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>раздел %1</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>вопрос %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this chapter</source>
        <translation>Найти в этой главе</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Закрыть поиск</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>Закрыть поиск (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>English</source>
        <translation>на английском</translation>
    </message>
    <message>
        <source>Not translated yet, so shown in English</source>
        <translation>Ещё не переведено, поэтому показано на английском</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Источники расходятся</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>GeneratedWording</name>
    <message>
        <source>In which year did this happen? %1</source>
        <translation>В каком году это произошло? %1</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>Where did this happen? %1</source>
        <translation>Где это произошло? %1</translation>
    </message>
    <message>
        <source>Where: %1. When: %2.</source>
        <translation>Место: %1. Дата: %2.</translation>
    </message>
    <message>
        <source>Who was this? %1</source>
        <translation>Кто это? %1</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>Ответ: %1.</translation>
    </message>
    <message>
        <source>Put these events in the order they happened.</source>
        <translation>Расставьте эти события в том порядке, в каком они произошли.</translation>
    </message>
    <message>
        <source>The right order: %1.</source>
        <translation>Правильный порядок: %1.</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>Найти термин</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n термин</numerusform>
            <numerusform>%n термина</numerusform>
            <numerusform>%n терминов</numerusform>
        </translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>Ни один термин не подходит под «%1».</translation>
    </message>
    <message>
        <source>Words that the chapters use, explained.</source>
        <translation>Слова, которые встречаются в главах, с объяснениями.</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>По-корейски</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>По-русски</translation>
    </message>
    <message>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Встречается в</translation>
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
        <translation>В 1937 году советское государство депортировало почти всё корейское население Дальнего Востока СССР в Казахстан и Узбекистан. Это приложение рассказывает историю корё-сарам — от первых корейских сёл в России до их связей с обеими Кореями сегодня.</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Read the chapters</source>
        <translation>Читать главы</translation>
    </message>
    <message>
        <source>The history, chapter by chapter</source>
        <translation>История, глава за главой</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Lives, in every spelling of their names</source>
        <translation>Судьбы людей — при любом написании имени</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Events from the 1860s to today</source>
        <translation>События с 1860-х годов до наших дней</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>Test what you remember</source>
        <translation>Проверьте, что вы запомнили</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find any name, place or word</source>
        <translation>Найдите любое имя, место или слово</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Words the story uses</source>
        <translation>Слова, которые встречаются в этой истории</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>From Vladivostok to Tashkent</source>
        <translation>От Владивостока до Ташкента</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>The 1937 deportation routes and where Koreans lived</source>
        <translation>Пути депортации 1937 года и места, где жили корейцы</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>Continue reading</source>
        <translation>Продолжить чтение</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Термин глоссария</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Sorry, something went wrong. Touch the screen to start again.</source>
        <translation>Извините, что-то пошло не так. Коснитесь экрана, чтобы начать заново.</translation>
    </message>
    <message>
        <source>One moment, please. The app is getting ready.</source>
        <translation>Минутку, пожалуйста. Приложение готовится к работе.</translation>
    </message>
</context>
<context>
    <name>LearnerBar</name>
    <message>
        <source>&amp;Learner</source>
        <translation>&amp;Ученик</translation>
    </message>
    <message>
        <source>Le&amp;arner</source>
        <translation>Уч&amp;еник</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Who is learning: their reading places, notes and quiz progress</source>
        <translation>Кто сейчас занимается: у каждого ученика свои места в чтении, заметки и успехи в викторине</translation>
    </message>
    <message>
        <source>New learner…</source>
        <translation>Новый ученик…</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>There is already a learner called “%1”. Choose another name.</source>
        <translation>Ученик с именем «%1» уже есть. Выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>LearnerNotices</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n ученик</numerusform>
            <numerusform>%n ученика</numerusform>
            <numerusform>%n учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz answer(s)</source>
        <translation>
            <numerusform>%n ответ в тестах</numerusform>
            <numerusform>%n ответа в тестах</numerusform>
            <numerusform>%n ответов в тестах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) or highlight(s)</source>
        <translation>
            <numerusform>%n закладка или выделение</numerusform>
            <numerusform>%n закладки или выделения</numerusform>
            <numerusform>%n закладок или выделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) with a reading place</source>
        <translation>
            <numerusform>%n глава с местом чтения</numerusform>
            <numerusform>%n главы с местом чтения</numerusform>
            <numerusform>%n глав с местом чтения</numerusform>
        </translation>
    </message>
    <message>
        <source>Your saved progress is in use by another copy of Koryo Desktop or by another program, so it cannot be opened now. Close the other copy (it may be open in another window) and start the app again. Nothing was changed.</source>
        <translation>Ваши сохранённые успехи сейчас заняты другой копией Koryo Desktop или другой программой, поэтому открыть их нельзя. Закройте другую копию (она может быть открыта в другом окне) и запустите приложение снова. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>There is no room left on the disk for your progress (%1). Free some space, then start the app again. Nothing was changed.</source>
        <translation>На диске не осталось места для ваших успехов (%1). Освободите место и запустите приложение снова. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Your progress cannot be kept in %1, because that folder cannot be written to. Choose another folder with --data-dir, or ask whoever looks after this computer.</source>
        <translation>Успехи нельзя сохранять в %1: в эту папку нельзя записывать. Укажите другую папку с помощью --data-dir или обратитесь к тому, кто обслуживает этот компьютер.</translation>
    </message>
    <message>
        <source>Your saved progress in %1 is damaged and could not be repaired. It was left as it is.</source>
        <translation>Сохранённые успехи в %1 повреждены, и восстановить их не удалось. Файл оставлен как есть.</translation>
    </message>
    <message>
        <source>Your progress cannot be kept in %1. Check that the folder exists and can be reached, or choose another one with --data-dir.</source>
        <translation>Успехи нельзя сохранять в %1. Проверьте, что папка существует и доступна, или укажите другую с помощью --data-dir.</translation>
    </message>
    <message>
        <source>The disk is full, so your progress is shown but nothing new can be saved. Free some space and start the app again to keep what you do.</source>
        <translation>Диск заполнен, поэтому ваши успехи видны, но ничего нового сохранить нельзя. Освободите место и запустите приложение снова, чтобы ваша работа сохранялась.</translation>
    </message>
    <message>
        <source>Your progress is shown but cannot be saved, because the file %1 cannot be written to. What you do now will not be kept.</source>
        <translation>Ваши успехи видны, но сохранить их нельзя: в файл %1 нельзя записывать. То, что вы сделаете сейчас, не сохранится.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged and nothing in it could be read, so a new start was made. The damaged file was kept as %1.</source>
        <translation>Сохранённые успехи были повреждены, и прочитать из них ничего не удалось, поэтому всё начато заново. Повреждённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged. Everything that could still be read was kept: %1. The damaged file was kept as %2.</source>
        <translation>Сохранённые успехи были повреждены. Всё, что удалось прочитать, сохранено: %1. Повреждённый файл сохранён как %2.</translation>
    </message>
    <message>
        <source>A damaged progress file from an earlier start, %1, is still kept; nothing in it can be read.</source>
        <translation>Повреждённый файл успехов от прошлого запуска, %1, всё ещё хранится; прочитать из него ничего нельзя.</translation>
    </message>
    <message>
        <source>Progress from an earlier start was kept aside in %1: %2. Bring it back?</source>
        <translation>Успехи от прошлого запуска были отложены в %1: %2. Вернуть их?</translation>
    </message>
    <message>
        <source>Nothing to bring back: all of it was here already.</source>
        <translation>Возвращать нечего: всё это уже здесь.</translation>
    </message>
    <message>
        <source>Brought back: %1.</source>
        <translation>Возвращено: %1.</translation>
    </message>
    <message>
        <source>Your progress could not be saved just now, because another program is using the file. Try again in a moment.</source>
        <translation>Сейчас сохранить успехи не удалось: файл занят другой программой. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>Your progress could not be saved: the disk is full. Free some space and try again.</source>
        <translation>Сохранить успехи не удалось: диск заполнен. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the file cannot be written to.</source>
        <translation>Сохранить успехи нельзя: в файл нельзя записывать.</translation>
    </message>
    <message>
        <source>Your progress could not be saved. Try again; if it keeps happening, restart the app.</source>
        <translation>Сохранить успехи не удалось. Попробуйте ещё раз; если это повторяется, перезапустите приложение.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не нужно</translation>
    </message>
    <message>
        <source>It will not be offered again; the file stays in its folder.</source>
        <translation>Больше предлагать не будем; файл останется в своей папке.</translation>
    </message>
</context>
<context>
    <name>Learners</name>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Киноварный</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Голубой</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Коричневый</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Чёрный</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nothing to open at “%1”.</source>
        <translation>По ссылке «%1» нечего открыть.</translation>
    </message>
    <message>
        <source>Koryo Desktop — the history of the Koryo-saram</source>
        <translation>Koryo Desktop — история корё-сарам</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Interface si&amp;ze</source>
        <translation>Раз&amp;мер интерфейса</translation>
    </message>
    <message>
        <source>Text size of the whole interface</source>
        <translation>Размер шрифта во всём приложении</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>&amp;Цвета</translation>
    </message>
    <message>
        <source>Colours of the whole interface</source>
        <translation>Цвета всего приложения</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Обычные</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмные</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Right)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Поиск по всему (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Поиск по всему</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
    <message>
        <source>Something went wrong; the app kept running. Details were written to the log.</source>
        <translation>Что-то пошло не так, но приложение продолжает работать. Подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>MapAnswer</name>
    <message>
        <source>Map: tap the place</source>
        <translation>Карта: нажмите на место</translation>
    </message>
</context>
<context>
    <name>MapCard</name>
    <message>
        <source>Events here</source>
        <translation>События здесь</translation>
    </message>
    <message>
        <source>People born or died here</source>
        <translation>Здесь родились или умерли</translation>
    </message>
    <message>
        <source>Read about it</source>
        <translation>Читать об этом</translation>
    </message>
    <message>
        <source>Routes through this place</source>
        <translation>Маршруты через это место</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>В цифрах</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 чел.</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>На ленте времени</translation>
    </message>
    <message>
        <source>Deportation</source>
        <translation>Депортация</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Переселение</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Миграция</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Open in the list of places</source>
        <translation>Открыть в списке мест</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Маршруты</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>On the map: the chosen event&apos;s places are ringed; places with no event in the years shown are grey. Click a place to see its events.</source>
        <translation>На карте места выбранного события обведены, а места без событий в показанные годы серые. Нажмите на место, чтобы увидеть его события.</translation>
    </message>
    <message>
        <source>Map of the chosen event&apos;s places</source>
        <translation>Карта мест выбранного события</translation>
    </message>
</context>
<context>
    <name>MapQuestionAnswer</name>
    <message>
        <source>Tap or click the place on the map first (or choose one with Page Down).</source>
        <translation>Сначала нажмите или щёлкните место на карте (или выберите его клавишей Page Down).</translation>
    </message>
</context>
<context>
    <name>MapQuizBar</name>
    <message>
        <source>Where is %1? Tap it on the map.</source>
        <translation>Где находится %1? Нажмите на карте.</translation>
    </message>
    <message>
        <source>Where did “%1” begin? Tap the place on the map.</source>
        <translation>Где начался маршрут «%1»? Нажмите на это место на карте.</translation>
    </message>
    <message>
        <source>Where did “%1” end? Tap the place on the map.</source>
        <translation>Где закончился маршрут «%1»? Нажмите на это место на карте.</translation>
    </message>
    <message>
        <source>Right: that is %1.</source>
        <translation>Верно: это %1.</translation>
    </message>
    <message>
        <source>Not quite: %1 is %2 km from your tap (marked with a tick).</source>
        <translation>Не совсем: %1 в %2 км от места нажатия (отмечено галочкой).</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Закончить</translation>
    </message>
    <message>
        <source>Stop the map questions</source>
        <translation>Закончить вопросы по карте</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>Верно: %1 из %2</translation>
    </message>
    <message>
        <source>Done: %1 of %2 right.</source>
        <translation>Готово: верно %1 из %2.</translation>
    </message>
    <message>
        <source>Zoom and pan as you like; a tap or a click answers.</source>
        <translation>Приближайте и двигайте карту как угодно; нажатие или щелчок — это ответ.</translation>
    </message>
</context>
<context>
    <name>MapRegions</name>
    <message>
        <source>Kazakh SSR</source>
        <translation>Казахская ССР</translation>
    </message>
    <message>
        <source>Uzbek SSR</source>
        <translation>Узбекская ССР</translation>
    </message>
    <message>
        <source>Kirghiz SSR</source>
        <translation>Киргизская ССР</translation>
    </message>
    <message>
        <source>Turkmen SSR</source>
        <translation>Туркменская ССР</translation>
    </message>
    <message>
        <source>Tajik SSR</source>
        <translation>Таджикская ССР</translation>
    </message>
    <message>
        <source>RSFSR</source>
        <translation>РСФСР</translation>
    </message>
    <message>
        <source>Far Eastern Krai</source>
        <translation>Дальневосточный край</translation>
    </message>
    <message>
        <source>Korea under Japanese rule</source>
        <translation>Корея под властью Японии</translation>
    </message>
    <message>
        <source>Manchukuo</source>
        <translation>Маньчжоу-го</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркмения</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>КНДР</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Республика Корея</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Отдалить (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Приблизить (+)</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Вся карта</translation>
    </message>
    <message>
        <source>Show the whole map (Home)</source>
        <translation>Показать всю карту (Home)</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Маршруты</translation>
    </message>
    <message>
        <source>Show the routes of the deportation and other movements</source>
        <translation>Показать маршруты депортации и других переселений</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Найти на карте</translation>
    </message>
    <message>
        <source>Questions: find places on the map</source>
        <translation>Вопросы: найдите места на карте</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the map as a picture or a printable page</source>
        <translation>Сохранить карту как изображение или страницу для печати</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Названия</translation>
    </message>
    <message>
        <source>Today&apos;s names</source>
        <translation>Современные названия</translation>
    </message>
    <message>
        <source>Names of 1937</source>
        <translation>Названия 1937 года</translation>
    </message>
    <message>
        <source>Names of countries and regions</source>
        <translation>Названия стран и регионов</translation>
    </message>
    <message>
        <source>Picture of this view (PNG)…</source>
        <translation>Изображение этого вида (PNG)…</translation>
    </message>
    <message>
        <source>Printable page (PDF)…</source>
        <translation>Страница для печати (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Places on the map</source>
        <translation>&amp;Места на карте</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>Найти место</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Места на карте</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, Home shows everything, Page Down and Page Up choose the next place to the east or west, Enter opens its card. The list of places beside the map holds the same places.</source>
        <translation>Стрелки двигают карту, плюс и минус меняют масштаб, Home показывает всё, Page Down и Page Up выбирают следующее место к востоку или западу, Enter открывает его карточку. В списке рядом с картой — те же места.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>В цифрах</translation>
    </message>
    <message>
        <source>The chosen place</source>
        <translation>Выбранное место</translation>
    </message>
    <message>
        <source>Chart: Koreans counted in each country</source>
        <translation>Диаграмма: число корейцев по странам</translation>
    </message>
    <message>
        <source>Chart: where the deportees of 1937 were sent</source>
        <translation>Диаграмма: куда отправили депортированных в 1937 году</translation>
    </message>
    <message>
        <source>The numbers of the charts, with their sources</source>
        <translation>Числа диаграмм с источниками</translation>
    </message>
    <message>
        <source>Every place of the story is on this map. Choose one on the map or in the list to read about it; press ▶ below the map to follow the trains of 1937 day by day.</source>
        <translation>Все места этой истории есть на карте. Выберите место на карте или в списке, чтобы прочитать о нём; нажмите ▶ под картой, чтобы день за днём проследить путь эшелонов 1937 года.</translation>
    </message>
    <message>
        <source>Made with Natural Earth: free vector and raster map data from naturalearthdata.com, in the public domain. The borders are today&apos;s; the names switch between 1937 and today.</source>
        <translation>Сделано с помощью Natural Earth — свободных векторных и растровых картографических данных naturalearthdata.com, являющихся общественным достоянием. Границы современные; названия можно переключать между 1937 годом и сегодняшним днём.</translation>
    </message>
    <message>
        <source>Save a picture</source>
        <translation>Сохранить изображение</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Save a printable page</source>
        <translation>Сохранить страницу для печати</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Koryo-saram: a map</source>
        <translation>Корё-сарам: карта</translation>
    </message>
</context>
<context>
    <name>MatchAnswer</name>
    <message>
        <source>Choose an item…</source>
        <translation>Выберите пункт…</translation>
    </message>
    <message>
        <source>…then its partner (or a number key)</source>
        <translation>…затем его пару (или нажмите цифру)</translation>
    </message>
    <message>
        <source>%1, matched with %2</source>
        <translation>%1 — в паре с «%2»</translation>
    </message>
    <message>
        <source>%1, not matched yet</source>
        <translation>%1 — пока без пары</translation>
    </message>
    <message>
        <source>%1, partner of %2</source>
        <translation>%1 — пара для «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Match all %n item(s): each one on the left needs a partner on the right.</source>
        <translation>
            <numerusform>Сопоставьте все %n пункт: у каждого пункта слева должна быть пара справа.</numerusform>
            <numerusform>Сопоставьте все %n пункта: у каждого пункта слева должна быть пара справа.</numerusform>
            <numerusform>Сопоставьте все %n пунктов: у каждого пункта слева должна быть пара справа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <source>New learner</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <source>PIN (optional, 4 to 12 digits)</source>
        <translation>PIN (необязательно, от 4 до 12 цифр)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>&amp;PIN (optional, 4 to 12 digits)</source>
        <translation>&amp;PIN (необязательно, от 4 до 12 цифр)</translation>
    </message>
    <message>
        <source>Type a name or a nickname.</source>
        <translation>Введите имя или прозвище.</translation>
    </message>
    <message>
        <source>There is already a learner called “%1”. Choose another name.</source>
        <translation>Ученик с именем «%1» уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <source>A PIN needs at least 4 digits (or leave it empty).</source>
        <translation>PIN должен состоять хотя бы из 4 цифр (или оставьте поле пустым).</translation>
    </message>
    <message>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Имя или псевдоним</translation>
    </message>
</context>
<context>
    <name>NoMatchLabel</name>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Возможно, вы имели в виду: %1?</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Enter starts a new line; Ctrl+Enter saves</source>
        <translation>Enter — новая строка, Ctrl+Enter — сохранить</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Bookmarks and highlights</source>
        <translation>Закладки и выделения</translation>
    </message>
    <message>
        <source>Nothing saved yet. Use Bookmark (Ctrl+D) or select text and use Highlight (Ctrl+H).</source>
        <translation>Пока ничего не сохранено. Нажмите «Закладка» (Ctrl+D) или выберите фрагмент текста и нажмите «Выделение» (Ctrl+H).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Написать заметку</translation>
    </message>
    <message>
        <source>Close bookmarks and highlights</source>
        <translation>Закрыть закладки и выделения</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tool and its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Ваша заметка:</translation>
    </message>
    <message>
        <source>My notes from Koryo Desktop</source>
        <translation>Мои заметки из Koryo Desktop</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Файлы Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Скрыть клавиатуру</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>Английская раскладка</translation>
    </message>
    <message>
        <source>Korean letters</source>
        <translation>Корейская раскладка</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Русская раскладка</translation>
    </message>
</context>
<context>
    <name>OrderAnswer</name>
    <message>
        <source>Items to order</source>
        <translation>Элементы, которые нужно расставить по порядку</translation>
    </message>
    <message>
        <source>Drag an item by its handle, or choose it and press Alt+Up or Alt+Down.</source>
        <translation>Перетащите пункт за маркер или выберите его и нажмите Alt+↑ или Alt+↓.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Выше (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Ниже (Alt+↓)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить ниже</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Find a person by any name: Latin, Hangul or Cyrillic</source>
        <translation>Найдите человека по любому имени: латиницей, хангылем или кириллицей</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in this collection</source>
        <translation>
            <numerusform>В коллекции %n человек</numerusform>
            <numerusform>В коллекции %n человека</numerusform>
            <numerusform>В коллекции %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person on the left, or type any spelling of a name.</source>
        <translation>Выберите человека слева или введите имя в любом написании.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>statesman</source>
        <translation>государственный деятель</translation>
    </message>
    <message>
        <source>politician</source>
        <translation>политик</translation>
    </message>
    <message>
        <source>military</source>
        <translation>военный</translation>
    </message>
    <message>
        <source>diplomat</source>
        <translation>дипломат</translation>
    </message>
    <message>
        <source>farmer</source>
        <translation>земледелец</translation>
    </message>
    <message>
        <source>scientist</source>
        <translation>учёный</translation>
    </message>
    <message>
        <source>scholar</source>
        <translation>исследователь</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>писатель</translation>
    </message>
    <message>
        <source>playwright</source>
        <translation>драматург</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>художник</translation>
    </message>
    <message>
        <source>musician</source>
        <translation>музыкант</translation>
    </message>
    <message>
        <source>athlete</source>
        <translation>спортсмен</translation>
    </message>
    <message>
        <source>activist</source>
        <translation>общественный деятель</translation>
    </message>
    <message>
        <source>journalist</source>
        <translation>журналист</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>учитель</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>инженер</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Имя при рождении</translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation>Русское имя</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>Корейское имя</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Другое написание</translation>
    </message>
    <message>
        <source>Hanja</source>
        <translation>Ханча</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Хангыль</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;Era</source>
        <translation>&amp;Эпоха</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Сортировка</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>About this person</source>
        <translation>Об этом человеке</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>All eras</source>
        <translation>Все эпохи</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>Show every role, era and country</source>
        <translation>Показать все роли, эпохи и страны</translation>
    </message>
    <message>
        <source>Search everything for “%1”</source>
        <translation>Искать «%1» везде</translation>
    </message>
    <message>
        <source>No one with these filters is called “%1”.</source>
        <translation>С этими фильтрами никого по имени «%1» нет.</translation>
    </message>
    <message>
        <source>No one here is called “%1”.</source>
        <translation>Здесь нет никого по имени «%1».</translation>
    </message>
    <message>
        <source>No one matches this role, era and country together.</source>
        <translation>Никто не подходит сразу под эту роль, эпоху и страну.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Рождение</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>Ключевые события</translation>
    </message>
    <message numerus="yes">
        <source>%n shared event(s)</source>
        <translation>
            <numerusform>%n общее событие</numerusform>
            <numerusform>%n общих события</numerusform>
            <numerusform>%n общих событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Related people</source>
        <translation>Связанные люди</translation>
    </message>
    <message>
        <source>In the chapters</source>
        <translation>В главах</translation>
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
        <translation>%1, введите ваш PIN:</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код сотрудника</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Ввести PIN-код</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Попробуйте снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>PlacesScreen</name>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>Найти место</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message>
        <source>No place matches “%1”.</source>
        <translation>Ни одно место не подходит под «%1».</translation>
    </message>
    <message>
        <source>Places where the story happened, from the Far East to Seoul.</source>
        <translation>Места, где разворачивалась эта история, — от Дальнего Востока до Сеула.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>По-корейски</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>По-русски</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>События здесь</translation>
    </message>
</context>
<context>
    <name>QuizHtml</name>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Тренировка</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Read the section that teaches this</source>
        <translation>Прочитать раздел, где об этом рассказано</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Верно!</translation>
    </message>
    <message>
        <source>Not quite. The answer: %1</source>
        <translation>Не совсем. Правильный ответ: %1</translation>
    </message>
    <message>
        <source>Your score: %1 of %2</source>
        <translation>Ваш результат: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered.</source>
        <translation>
            <numerusform>Без ответа остался %n вопрос.</numerusform>
            <numerusform>Без ответа осталось %n вопроса.</numerusform>
            <numerusform>Без ответа осталось %n вопросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time&apos;s up.</source>
        <translation>Время вышло.</translation>
    </message>
    <message>
        <source>You ended the round early.</source>
        <translation>Вы закончили досрочно.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Ваш ответ: %1</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Правильный ответ: %1</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ваши успехи</translation>
    </message>
    <message>
        <source>No answers yet. Start with a practice round.</source>
        <translation>Ответов пока нет. Начните с тренировки.</translation>
    </message>
    <message>
        <source>Mastery per chapter</source>
        <translation>Освоение по главам</translation>
    </message>
    <message>
        <source>Worth another look</source>
        <translation>Стоит перечитать</translation>
    </message>
    <message>
        <source>Recent answers</source>
        <translation>Последние ответы</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Отчёт по классу</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Не удалось прочитать:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Верных</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n ученик</numerusform>
            <numerusform>%n ученика</numerusform>
            <numerusform>%n учеников</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Learners asked</source>
        <translation>Учеников отвечало</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верных ответов</translation>
    </message>
    <message>
        <source>Common wrong answers</source>
        <translation>Частые неверные ответы</translation>
    </message>
    <message>
        <source>Questions, hardest first</source>
        <translation>Вопросы, начиная с самых трудных</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>There are no questions for this choice.</source>
        <translation>Для выбранных условий нет вопросов.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Chapter text</source>
        <translation>Текст главы</translation>
    </message>
    <message>
        <source>A note for this bookmark (optional):</source>
        <translation>Заметка к этой закладке (необязательно):</translation>
    </message>
    <message>
        <source>Select some text first, then choose Highlight.</source>
        <translation>Сначала выберите фрагмент текста, затем нажмите «Выделение».</translation>
    </message>
    <message>
        <source>A note for this highlight (optional):</source>
        <translation>Заметка к этому выделению (необязательно):</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReaderTheme</name>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Сепия</translation>
    </message>
</context>
<context>
    <name>ReaderTools</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущая</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Предыдущая глава</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующая ▶</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Следующая глава</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Увеличить текст</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <source>Next reading theme</source>
        <translation>Следующая тема чтения</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Find in this chapter</source>
        <translation>Найти в этой главе</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>Bookmark this place</source>
        <translation>Добавить закладку на это место</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation>Выделить выбранный текст</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Show your bookmarks and highlights</source>
        <translation>Показать ваши закладки и выделения</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Read this chapter aloud</source>
        <translation>Прочитать эту главу вслух</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print this chapter…</source>
        <translation>Напечатать эту главу…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save this chapter as PDF…</source>
        <translation>Сохранить эту главу в PDF…</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Reading theme</source>
        <translation>Тема чтения</translation>
    </message>
    <message>
        <source>More reading tools</source>
        <translation>Другие инструменты чтения</translation>
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
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
</context>
<context>
    <name>RecordListScreen</name>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>Nothing here matches “%1”.</source>
        <translation>Здесь ничего не подходит под «%1».</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Search everything for “%1”</source>
        <translation>Искать «%1» везде</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Back to the quiz</source>
        <translation>Вернуться к викторине</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Right and wrong by chapter</source>
        <translation>Верные и неверные ответы по главам</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
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
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search chapters, people, events, places and the glossary</source>
        <translation>Поиск по главам, людям, событиям, местам и глоссарию</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Type a name in any script (Nam Il, 남일, Нам Ир), a place, a year or a word.</source>
        <translation>Введите имя в любом написании (Nam Il, 남일, Нам Ир), место, год или слово.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1” in names and titles: type more to search all the text</source>
        <translation>
            <numerusform>%n результат для «%1» в именах и названиях: продолжайте печатать, чтобы искать по всему тексту</numerusform>
            <numerusform>%n результата для «%1» в именах и названиях: продолжайте печатать, чтобы искать по всему тексту</numerusform>
            <numerusform>%n результатов для «%1» в именах и названиях: продолжайте печатать, чтобы искать по всему тексту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n результат по запросу «%1»</numerusform>
            <numerusform>%n результата по запросу «%1»</numerusform>
            <numerusform>%n результатов по запросу «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”. Did you mean: %2?</source>
        <translation>По запросу «%1» ничего не найдено. Возможно, вы имели в виду: %2?</translation>
    </message>
    <message>
        <source>No results for “%1”. Try another spelling or a shorter word.</source>
        <translation>По запросу «%1» ничего не найдено. Попробуйте другое написание или более короткое слово.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Check (Enter)</source>
        <translation>Проверить (Enter)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Дальше (Enter)</translation>
    </message>
    <message>
        <source>End the round…</source>
        <translation>Закончить…</translation>
    </message>
    <message>
        <source>Progress through the round</source>
        <translation>Ход прохождения</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Choose every right answer.</source>
        <translation>Выберите все правильные ответы.</translation>
    </message>
    <message>
        <source>Put these in order: drag the handles or use Alt+Up and Alt+Down.</source>
        <translation>Расставьте по порядку: перетаскивайте за маркеры или нажимайте Alt+↑ и Alt+↓.</translation>
    </message>
    <message>
        <source>Match each item on the left with one on the right.</source>
        <translation>Сопоставьте каждый элемент слева с одним элементом справа.</translation>
    </message>
    <message>
        <source>True or false?</source>
        <translation>Верно или неверно?</translation>
    </message>
    <message>
        <source>Zoom and move the map as you like. From the keyboard: the arrows move it, + and − zoom, Page Down and Page Up choose a place.</source>
        <translation>Приближайте и двигайте карту как угодно. С клавиатуры: стрелки двигают карту, + и − меняют масштаб, Page Down и Page Up выбирают место.</translation>
    </message>
    <message>
        <source>[English: not translated yet]</source>
        <translation>[на английском: ещё не переведено]</translation>
    </message>
    <message>
        <source>You are still on this question.</source>
        <translation>Вы остаётесь на этом вопросе.</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Закончить</translation>
    </message>
    <message numerus="yes">
        <source>End the round now? %n question(s) not answered yet will count as not answered.</source>
        <translation>
            <numerusform>Закончить сейчас? %n вопрос без ответа так и останется без ответа.</numerusform>
            <numerusform>Закончить сейчас? %n вопроса без ответа так и останутся без ответа.</numerusform>
            <numerusform>Закончить сейчас? %n вопросов без ответа так и останутся без ответа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Осталось времени: %1</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Для сотрудников</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>Статистика посещений</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>What next?</source>
        <translation>Что дальше?</translation>
    </message>
    <message>
        <source>A round of your choice</source>
        <translation>Свой набор вопросов</translation>
    </message>
    <message>
        <source>C&amp;hapter</source>
        <translation>&amp;Глава</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>Уровень &amp;сложности</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Количество &amp;вопросов</translation>
    </message>
    <message>
        <source>&amp;Minutes for a timed test</source>
        <translation>&amp;Длительность теста на время, мин</translation>
    </message>
    <message>
        <source>Include questions made from the timeline and the people</source>
        <translation>Включить вопросы, составленные по хронологии и биографиям людей</translation>
    </message>
    <message>
        <source>Include map questions (find the place on the map)</source>
        <translation>Включить вопросы по карте (найти место на карте)</translation>
    </message>
    <message>
        <source>Timed test</source>
        <translation>Тест на время</translation>
    </message>
    <message>
        <source>Practise (answers at once)</source>
        <translation>Тренироваться (ответы сразу)</translation>
    </message>
    <message>
        <source>Take a test (answers at the end)</source>
        <translation>Пройти тест (ответы в конце)</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Уровень сложности</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Количество вопросов</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ваши успехи</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Все главы</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>лёгкий</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>сложный</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <translation>Продолжить как %1</translation>
    </message>
    <message>
        <source>Your PIN brings back your progress.</source>
        <translation>Введите PIN, и ваши успехи вернутся.</translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Продолжить: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) answered right so far.</source>
        <translation>
            <numerusform>Пока верно отвечено на %1 из %n вопроса.</numerusform>
            <numerusform>Пока верно отвечено на %1 из %n вопросов.</numerusform>
            <numerusform>Пока верно отвечено на %1 из %n вопросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review: %n question(s) due</source>
        <translation>
            <numerusform>Повторение: %n вопрос</numerusform>
            <numerusform>Повторение: %n вопроса</numerusform>
            <numerusform>Повторение: %n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions you answered come back when you are about to forget them.</source>
        <translation>Вопросы возвращаются как раз тогда, когда вы начинаете их забывать.</translation>
    </message>
    <message>
        <source>Nothing is due for review today. Questions you answer come back here when it is time.</source>
        <translation>Сегодня повторять нечего. Вопросы, на которые вы ответили, вернутся сюда, когда придёт время.</translation>
    </message>
    <message>
        <source>Take a test</source>
        <translation>Пройти тест</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), answers at the end.</source>
        <translation>
            <numerusform>%n вопрос, ответы в конце.</numerusform>
            <numerusform>%n вопроса, ответы в конце.</numerusform>
            <numerusform>%n вопросов, ответы в конце.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <source>%n visit(s) in the days kept</source>
        <translation>
            <numerusform>За сохранённые дни: %n посещение</numerusform>
            <numerusform>За сохранённые дни: %n посещения</numerusform>
            <numerusform>За сохранённые дни: %n посещений</numerusform>
        </translation>
    </message>
    <message>
        <source>Average time per visit: %1 min</source>
        <translation>Среднее время посещения: %1 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong staff PIN(s) tried</source>
        <translation>
            <numerusform>Неверных попыток ввода PIN-кода: %n</numerusform>
            <numerusform>Неверных попыток ввода PIN-кода: %n</numerusform>
            <numerusform>Неверных попыток ввода PIN-кода: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The statistics could not all be saved: %1</source>
        <translation>Не всю статистику удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Сохранить статистику</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the statistics: %1</source>
        <translation>Не удалось сохранить статистику: %1</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>Статистика посещений</translation>
    </message>
    <message>
        <source>&amp;Keep them for</source>
        <translation>&amp;Хранить</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить как CSV…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Посетители по дням</translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message numerus="yes">
        <source>Touch the screen to carry on. In %n second(s) the kiosk starts again for the next visitor.</source>
        <translation>
            <numerusform>Коснитесь экрана, чтобы продолжить. Через %n секунду киоск начнёт заново для следующего посетителя.</numerusform>
            <numerusform>Коснитесь экрана, чтобы продолжить. Через %n секунды киоск начнёт заново для следующего посетителя.</numerusform>
            <numerusform>Коснитесь экрана, чтобы продолжить. Через %n секунд киоск начнёт заново для следующего посетителя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Да, я здесь</translation>
    </message>
</context>
<context>
    <name>TeacherTools</name>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Export my results…</source>
        <translation>Экспорт моих результатов…</translation>
    </message>
    <message>
        <source>Export all learners&apos; results (CSV)…</source>
        <translation>Экспорт результатов всех учеников (CSV)…</translation>
    </message>
    <message>
        <source>Import results files and make a report…</source>
        <translation>Импортировать файлы результатов и составить отчёт…</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Export my results</source>
        <translation>Экспорт моих результатов</translation>
    </message>
    <message>
        <source>Results (*.json)</source>
        <translation>Файлы результатов (*.json)</translation>
    </message>
    <message>
        <source>Export all results</source>
        <translation>Экспорт всех результатов</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Импорт результатов</translation>
    </message>
    <message>
        <source>Results (*.json);;All files (*)</source>
        <translation>Файлы результатов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>the store did not answer: %1</source>
        <translation>хранилище не ответило: %1</translation>
    </message>
    <message>
        <source>the store answered HTTP %1: %2</source>
        <translation>хранилище ответило HTTP %1: %2</translation>
    </message>
    <message>
        <source>too large for a results file</source>
        <translation>слишком велик для файла результатов</translation>
    </message>
    <message>
        <source>not a results file (nested too deeply)</source>
        <translation>не файл результатов (слишком глубокая вложенность)</translation>
    </message>
    <message>
        <source>a results file from a newer version of the app</source>
        <translation>файл результатов из более новой версии приложения</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>не удалось прочитать</translation>
    </message>
    <message>
        <source>not a Koryo Desktop results file</source>
        <translation>не файл результатов Koryo Desktop</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Learning Record Store</source>
        <translation>Хранилище учебных записей</translation>
    </message>
    <message>
        <source>No results were read.</source>
        <translation>Не прочитано ни одного результата.</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Type a number in digits, e.g. 1937</source>
        <translation>Введите число цифрами, например 1937</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Введите ответ</translation>
    </message>
    <message>
        <source>Give an answer first.</source>
        <translation>Сначала дайте ответ.</translation>
    </message>
    <message>
        <source>“%1” is not a number: type it in digits, for example 1937.</source>
        <translation>«%1» — не число: введите его цифрами, например 1937.</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Koryo-saram: a timeline</source>
        <translation>Корё-сарам: хронология</translation>
    </message>
    <message>
        <source>The Korean diaspora of Central Asia, from the 1860s to today.</source>
        <translation>Корейская диаспора Центральной Азии с 1860-х годов до наших дней.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>Показать всю хронологию (Home)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>Go to the year</source>
        <translation>Перейти к году</translation>
    </message>
    <message>
        <source>Previous matching event</source>
        <translation>Предыдущее найденное событие</translation>
    </message>
    <message>
        <source>Next matching event (Enter)</source>
        <translation>Следующее найденное событие (Enter)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Show the events as a table (Ctrl+L)</source>
        <translation>Показать события таблицей (Ctrl+L)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the timeline as a picture, a poster or TimelineJS</source>
        <translation>Сохранить хронологию как изображение, плакат или TimelineJS</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Find events</source>
        <translation>Найти события</translation>
    </message>
    <message>
        <source>Picture of this view (PNG)…</source>
        <translation>Изображение этого вида (PNG)…</translation>
    </message>
    <message>
        <source>Printable poster (PDF)…</source>
        <translation>Плакат для печати (PDF)…</translation>
    </message>
    <message>
        <source>TimelineJS file for a web site (JSON)…</source>
        <translation>Файл TimelineJS для сайта (JSON)…</translation>
    </message>
    <message>
        <source>Show %1 events</source>
        <translation>Показывать события: %1</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Left and Right choose an event, Shift+Left and Shift+Right move, plus and minus zoom, Home shows everything, Enter opens the card; Ctrl+L shows the same events as a table.</source>
        <translation>Стрелки влево и вправо выбирают событие, Shift+влево и Shift+вправо сдвигают вид, плюс и минус меняют масштаб, Home показывает всё, Enter открывает карточку; Ctrl+L показывает те же события таблицей.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>The chosen event</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все люди</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Все места</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Событий нет</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a year in digits, for example 1937.</source>
        <translation>Введите год цифрами, например 1937.</translation>
    </message>
    <message>
        <source>The timeline runs from %1 to %2: type a year in between.</source>
        <translation>Хронология охватывает годы с %1 по %2: введите год из этого промежутка.</translation>
    </message>
    <message>
        <source>Choose an event: click it, or use Left and Right. Zoom with the wheel, a pinch or + and −.</source>
        <translation>Выберите событие: щёлкните по нему или используйте стрелки влево и вправо. Масштаб меняется колесом, жестом щипка или клавишами + и −.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Read about it</source>
        <translation>Читать об этом</translation>
    </message>
    <message>
        <source>Save a picture</source>
        <translation>Сохранить изображение</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save a poster</source>
        <translation>Сохранить плакат</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Koryo-saram: a timeline</source>
        <translation>Корё-сарам: хронология</translation>
    </message>
    <message>
        <source>Save for TimelineJS</source>
        <translation>Сохранить для TimelineJS</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>TopicChart</name>
    <message>
        <source>%1: %2 right, %3 wrong</source>
        <translation>%1: верно — %2, неверно — %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n not answered</source>
        <translation>
            <numerusform>, без ответа — %n</numerusform>
            <numerusform>, без ответа — %n</numerusform>
            <numerusform>, без ответа — %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XapiDialog</name>
    <message>
        <source>Learning Record Store</source>
        <translation>Хранилище учебных записей</translation>
    </message>
    <message>
        <source>Send learning records (xAPI) to the school&apos;s Learning Record Store</source>
        <translation>Отправлять учебные записи (xAPI) в хранилище учебных записей школы</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(без изменений)</translation>
    </message>
    <message>
        <source>Store&apos;s address (xAPI endpoint):</source>
        <translation>Адрес хранилища (точка доступа xAPI):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>School&apos;s home page:</source>
        <translation>Сайт школы:</translation>
    </message>
    <message>
        <source>Learners are named by:</source>
        <translation>Как обозначать учеников:</translation>
    </message>
    <message>
        <source>Class (optional):</source>
        <translation>Класс (необязательно):</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Id at school</source>
        <translation>Идентификатор в школе</translation>
    </message>
    <message>
        <source>Ids the school gave the learners on this computer</source>
        <translation>Идентификаторы, которые школа дала ученикам на этом компьютере</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Why the store refused it</source>
        <translation>Почему хранилище не приняло</translation>
    </message>
    <message>
        <source>Statements the store refused</source>
        <translation>Записи, которые хранилище не приняло</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Send the refused statements again</source>
        <translation>Отправить непринятые записи ещё раз</translation>
    </message>
    <message>
        <source>Ids the school gave the learners on this computer:</source>
        <translation>Идентификаторы, которые школа дала ученикам на этом компьютере:</translation>
    </message>
    <message>
        <source>the id the school gives each learner (below); a random id until then</source>
        <translation>идентификатор, который школа даёт каждому ученику (ниже), а до тех пор — случайный</translation>
    </message>
    <message>
        <source>always a random id made on this computer (no name)</source>
        <translation>всегда случайный идентификатор, созданный на этом компьютере (без имени)</translation>
    </message>
    <message>
        <source>an e-mail address the school gives each learner (below)</source>
        <translation>адрес электронной почты, который школа даёт каждому ученику (ниже)</translation>
    </message>
    <message>
        <source>the learner&apos;s name on this computer</source>
        <translation>имя ученика на этом компьютере</translation>
    </message>
    <message>
        <source>What is sent: for each learner on this computer, each answer (the question, whether it was right, the answer given and how long it took), the score of each practice, test and review, each section of a chapter read and each chapter read to the end. A learner is named only as chosen above, with the school&apos;s home page; a record also carries the app&apos;s name, the content&apos;s version and the language used, and nothing else about the learner or this computer. Records wait on this computer until the store has taken them.</source>
        <translation>Что отправляется: для каждого ученика на этом компьютере — каждый ответ (вопрос, верен ли ответ, сам ответ и сколько времени он занял), результат каждой тренировки, теста и повторения, каждый прочитанный раздел главы и каждая глава, прочитанная до конца. Ученик обозначается только так, как выбрано выше, вместе с сайтом школы; в записи есть ещё название приложения, версия материалов и язык, и больше ничего ни об ученике, ни об этом компьютере. Записи ждут на этом компьютере, пока хранилище их не примет.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Waiting: %1 · Sent: %2 · Refused: %3</source>
        <translation>Ждут отправки: %1 · Отправлено: %2 · Не принято: %3</translation>
    </message>
    <message>
        <source>The last try stopped: %1. The statements wait for the next try.</source>
        <translation>Последняя попытка прервалась: %1. Записи дождутся следующей попытки.</translation>
    </message>
    <message>
        <source>The store&apos;s address must start with http:// or https://.</source>
        <translation>Адрес хранилища должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>The school&apos;s home page must start with http:// or https://.</source>
        <translation>Адрес сайта школы должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>Asking the store…</source>
        <translation>Запрос к хранилищу…</translation>
    </message>
    <message>
        <source>The store did not answer: %1</source>
        <translation>Хранилище не ответило: %1</translation>
    </message>
    <message>
        <source>The store answered and took the user name and password.</source>
        <translation>Хранилище ответило и приняло имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The store refused the user name and password (HTTP %1: %2).</source>
        <translation>Хранилище не приняло имя пользователя и пароль (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>The store does not let these credentials read statements (HTTP %1: %2). Sending needs permission to write them; the class report needs permission to read them.</source>
        <translation>С этими учётными данными хранилище не даёт читать записи (HTTP %1: %2). Для отправки нужно право записи, для отчёта по классу — право чтения.</translation>
    </message>
    <message>
        <source>The store answered with an error (HTTP %1: %2).</source>
        <translation>Хранилище ответило ошибкой (HTTP %1: %2).</translation>
    </message>
</context>
<context>
    <name>XapiTools</name>
    <message>
        <source>Learning Record Store…</source>
        <translation>Хранилище учебных записей…</translation>
    </message>
    <message>
        <source>Class report from the Learning Record Store…</source>
        <translation>Отчёт по классу из хранилища учебных записей…</translation>
    </message>
    <message numerus="yes">
        <source>The Learning Record Store refused %n statement(s): its settings say why.</source>
        <translation>
            <numerusform>Хранилище учебных записей не приняло %n запись: почему — сказано в его настройках.</numerusform>
            <numerusform>Хранилище учебных записей не приняло %n записи: почему — сказано в его настройках.</numerusform>
            <numerusform>Хранилище учебных записей не приняло %n записей: почему — сказано в его настройках.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Year</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
</TS>
