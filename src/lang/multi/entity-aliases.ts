import type { EntityLabel } from '../../contracts/annotations.ts'

/** One curated entity: its canonical (English) name, its label, and every spelling we have seen, in any language. */
export interface EntityAlias {
  readonly canonical: string
  readonly label: EntityLabel
  readonly aliases: readonly string[]
  /** Aliases valid in one language only, keyed by language code. */
  readonly aliasesByLanguage: Readonly<Record<string, readonly string[]>>
}

// Each row: canonical | label | aliases separated by '|'. Aliases are matched case-sensitively for acronyms
// (all capitals) and with a leading capital otherwise. Surnames alone are aliases only when unambiguous in news.
const ROWS: readonly string[] = [
  // People
  'Kassym-Jomart Tokayev | PER | Tokayev|Tokaïev|Tokaiev|Tokajew|Tokaev|Токаев|Тоқаев|Kassym-Jomart Tokaïev|Kassym-Jomart Tokaiev|Kassym-Jomart Tokajew|Qasym-Jomart Toqaev|Касым-Жомарт Токаев',
  'Nursultan Nazarbayev | PER | Nazarbayev|Nazarbaïev|Nazarbaiev|Nasarbajew|Назарбаев|Noursoultan Nazarbaïev|Noursoultan Nazarbaiev|Nursultan Nasarbajew|Нурсултан Назарбаев',
  'Vladimir Putin | PER | Putin|Poutine|Putins|Путин|Vladimir Poutine|Wladimir Putin|Vladímir Putin|Владимир Путин',
  'Nikolai Patrushev | PER | Patrushev|Patrouchev|Patruschew|Патрушев|Nikolaï Patrouchev|Nikolai Patruschew|Николай Патрушев',
  'Karim Massimov | PER | Massimov|Masimov|Massimow|Масимов|Karim Masimov|Карим Масимов',
  'Joe Biden | PER | Biden|Байден|Joseph Biden|Джо Байден',
  'Recep Tayyip Erdoğan | PER | Erdogan|Erdoğan|Erdoğan|Эрдоган|Recep Tayyip Erdogan|Tayyip Erdogan',
  'Xi Jinping | PER | Xi|Си Цзиньпин',
  'Volodymyr Zelensky | PER | Zelensky|Zelenski|Zelenskyy|Selenskyj|Зеленский|Зеленський|Volodymyr Zelenskyy|Volodymyr Zelensky|Wolodymyr Selenskyj|Volodimir Zelensky',
  'Alexander Lukashenko | PER | Lukashenko|Loukachenko|Lukaschenko|Лукашенко|Alexandre Loukachenko|Alexander Lukaschenko|Aliaksandr Lukashenka',
  'Emmanuel Macron | PER | Macron|Макрон',
  'Sergey Lavrov | PER | Lavrov|Lawrow|Лавров|Sergueï Lavrov|Sergei Lavrov|Sergej Lawrow|Сергей Лавров',
  'Dmitry Peskov | PER | Peskov|Peskow|Песков|Dmitri Peskov|Dmitri Peskow',
  'Maria Zakharova | PER | Zakharova|Sacharowa|Захарова|Maria Zakharova|Maria Sacharowa',
  'Jen Psaki | PER | Psaki|Псаки',
  'Antony Blinken | PER | Blinken|Блинкен|Anthony Blinken',
  'Donald Trump | PER | Trump|Трамп',
  'Barack Obama | PER | Obama|Обама',
  'Boris Johnson | PER | ',
  'Erlan Karin | PER | Ерлан Карин|Yerlan Karin',
  'Felix Kulov | PER | Kulov|Кулов|Félix Koulov|Feliks Kulov',
  'Sadyr Japarov | PER | Japarov|Japarov|Djaparov|Жапаров|Sadyr Djaparov',
  // Kazakhstan, Central Asia and the CSTO: spellings differ most between languages (Smaïlov, Smailow, Смаилов).
  'Askar Mamin | PER | Mamin|Askar Mamine|Мамин|Аскар Мамин',
  'Alikhan Smailov | PER | Smailov|Smaïlov|Smailow|Смаилов|Alikhan Smaïlov|Alichan Smailow|Алихан Смаилов',
  'Mukhtar Ablyazov | PER | Ablyazov|Abliazov|Ablyasow|Аблязов|Moukhtar Abliazov|Muchtar Abljasow|Мухтар Аблязов',
  'Dariga Nazarbayeva | PER | Dariga Nazarbaïeva|Dariga Nazarbaieva|Dariga Nasarbajewa|Дарига Назарбаева',
  'Timur Kulibayev | PER | Kulibayev|Koulibaïev|Kulibajew|Кулибаев|Timour Koulibaïev|Timur Kulibajew|Тимур Кулибаев',
  'Samat Abish | PER | Самат Абиш',
  'Kairat Satybaldy | PER | Satybaldy|Сатыбалды|Кайрат Сатыбалды',
  'Nikol Pashinyan | PER | Pashinyan|Pachinian|Paschinjan|Пашинян|Nikol Pachinian|Nikol Paschinjan|Никол Пашинян',
  'Stanislav Zas | PER | Станислав Зась',
  'Andrey Serdyukov | PER | Serdyukov|Serdioukov|Serdjukow|Сердюков|Andreï Serdioukov|Andrei Serdyukov|Андрей Сердюков',
  'Emomali Rahmon | PER | Rahmon|Rakhmon|Рахмон',
  'Shavkat Mirziyoyev | PER | Mirziyoyev|Mirziïoïev|Мирзиёев',
  'Richard Moore | PER | ',
  'Kim Philby | PER | ',
  'Carl Gershman | PER | ',
  'Allen Weinstein | PER | ',
  'Jonathan Powell | PER | ',
  'Olaf Scholz | PER | Scholz|Шольц',
  'Ursula von der Leyen | PER | von der Leyen',
  'Jens Stoltenberg | PER | Stoltenberg|Столтенберг',
  'Benjamin Netanyahu | PER | Netanyahu|Netanyahou|Netanjahu|Нетаньяху',
  'Bashar al-Assad | PER | Assad|Bachar al-Assad|Baschar al-Assad|Асад',
  // Organisations
  'Collective Security Treaty Organization | ORG | CSTO|OTSC|ОДКБ|OVKS|OVKB|ODKB|Organisation du traité de sécurité collective|Organisation du Traité de Sécurité collective|Organisation du Traité de sécurité collective|Organizzazione del Trattato di Sicurezza Collettiva|Organización del Tratado de Seguridad Colectiva|Organisation des Vertrags über kollektive Sicherheit|Организация Договора о коллективной безопасности|Collective Security Treaty Organisation',
  "NATO | ORG | OTAN|НАТО|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Organisation du traité de l’Atlantique nord|Organisation du traité de l'Atlantique nord|Alliance atlantique|Atlantic Alliance",
  'United Nations | ORG | UN|ONU|ООН|UNO|Nations unies|Nations Unies|Vereinte Nationen|Nazioni Unite|Naciones Unidas|Организация Объединённых Наций',
  'European Union | ORG | en:EU|de:EU|it:EU|UE|ЕС|Union européenne|Europäische Union|Unione europea|Unión Europea|Евросоюз|Европейский союз',
  'Central Intelligence Agency | ORG | CIA|ЦРУ|Agence centrale de renseignement',
  'MI6 | ORG | Secret Intelligence Service',
  'National Endowment for Democracy | ORG | NED|National Endowment for democracy|US National Endowment for democracy|US National Endowment for Democracy|Фонд национальной поддержки демократии',
  'National Security Committee of Kazakhstan | ORG | KNB|KNB kazakh|КНБ|Comité de sécurité nationale|Comité de Sécurité nationale',
  'Shanghai Cooperation Organisation | ORG | SCO|OCS|ШОС|Organisation de coopération de Shanghai|Organisation de Coopération de Shanghai|Shanghai Cooperation Organization',
  'Belt and Road Initiative | MISC | BRI|Nouvelles routes de la soie|Initiative la Ceinture et la Route|One Belt One Road',
  'Eurasian Economic Union | ORG | EAEU|EEU|UEE|UEEA|ЕАЭС|Union économique eurasiatique|Union économique eurasienne|Eurasische Wirtschaftsunion',
  'RAND Corporation | ORG | RAND|RAND corporation|RAND Corp',
  'Federal Security Service | ORG | FSB|ФСБ',
  'Kremlin | ORG | Kremlin|Кремль|Kreml|Cremlino|Kremlin’s',
  'White House | ORG | Maison Blanche|Maison-Blanche|Weißes Haus|Casa Bianca|Casa Blanca|Белый дом',
  'Pentagon | ORG | Pentagone|Пентагон',
  'Russian Ministry of Foreign Affairs | ORG | ministère russe des Affaires étrangères|Ministère russe des Affaires étrangères|Russian Foreign Ministry|МИД России|МИД РФ|russische Außenministerium|russische Außenministerium',
  "US State Department | ORG | State Department|Département d’État|Département d'État|département d’État|Госдеп|Госдепартамент",
  'Islamic State | ORG | ISIS|ISIL|Daech|Daesh|fr:EI|État islamique|Etat islamique|Islamischer Staat|ИГИЛ',
  'Islamic State Khorasan Province | ORG | ISIS-K|ISKP|EI-Khorasan|État islamique au Khorassan|Islamic State Khorasan',
  'Hay’at Tahrir al-Sham | ORG | HTS|Hayat Tahrir al-Sham',
  // Its predecessor until 2017: an analyst keeps the name the text uses.
  'Al-Nusra Front | ORG | Jabhat al-Nusra|Front al-Nosra|Front al-Nusra|al-Nusra Front|Nusra Front|Джебхат ан-Нусра',
  'House of Saud | ORG | Maison des Saoud|maison des Saoud|Haus Saud|Casa di Saud|Casa de Saud|дом Саудов',
  // Only the UN's own: "Sicherheitsrat" or "Consiglio di sicurezza" alone is as often a country's ("russo").
  'United Nations Security Council | ORG | Conseil de sécurité de l’ONU|Conseil de sécurité des Nations unies|UN Security Council|UNSC|CSNU|UN-Sicherheitsrat|Consiglio di sicurezza dell’ONU|Consiglio di sicurezza delle Nazioni Unite|Consejo de Seguridad de la ONU|Consejo de Seguridad de Naciones Unidas|Совет Безопасности ООН|Совбез ООН',
  "Islamic Movement of Uzbekistan | ORG | IMU|Mouvement islamique d’Ouzbékistan|Mouvement islamique d'Ouzbékistan",
  'Taliban | ORG | Talibans|talibans|Taleban|Талибан',
  'Muslim Brotherhood | ORG | Frères musulmans|Muslimbruderschaft|Братья-мусульмане',
  'Grey Wolves | ORG | Loups gris|Graue Wölfe|Lupi grigi',
  'Organization of Turkic States | ORG | OTS|Organisation des États turciques|Organisation des États turcs|Turkic Council|Conseil turc|Türkischer Rat',
  'International Monetary Fund | ORG | IMF|FMI|МВФ|Fonds monétaire international|Internationaler Währungsfonds',
  'World Health Organization | ORG | WHO|OMS|ВОЗ|Organisation mondiale de la santé|Weltgesundheitsorganisation',
  'OSCE | ORG | ОБСЕ|OSZE|Organisation pour la sécurité et la coopération en Europe|Organization for Security and Co-operation in Europe',
  'Russian Orthodox Church | ORG | Église orthodoxe russe|église orthodoxe russe|Russisch-Orthodoxe Kirche|Русская православная церковь',
  'Twitter | ORG | Твиттер',
  'Telegram | ORG | Телеграм',
  'Facebook | ORG | Meta|Фейсбук',
  'Reuters | ORG | Рейтер|Reuters',
  'Agence France-Presse | ORG | AFP|Agence France-Presse|Agence France Presse',
  'Associated Press | ORG | AP',
  'TASS | ORG | ТАСС|Tass',
  'RIA Novosti | ORG | РИА Новости',
  'RT | ORG | Russia Today|RT France',
  'Sputnik | ORG | Спутник',
  'The Cradle | ORG | thecradle.co|The Cradle',
  'Réseau International | ORG | reseauinternational.net|Réseau international',
  'Le Grand Soir | ORG | legrandsoir.info',
  // Places
  'Kazakhstan | LOC | Kasachstan|Kazakistan|Kazajistán|Kazajstán|Казахстан|Қазақстан|Qazaqstan',
  'Russia | LOC | Russie|Russland|Russia|Rusia|Россия|Russian Federation|Fédération de Russie|Российская Федерация',
  'Ukraine | LOC | Ukraine|Ucraina|Ucrania|Украина|Україна',
  'Belarus | LOC | Bélarus|Biélorussie|Belarus|Weißrussland|Bielorussia|Bielorrusia|Беларусь|Белоруссия',
  'Armenia | LOC | Arménie|Armenien|Armenia|Армения',
  'Kyrgyzstan | LOC | Kirghizistan|Kirghizstan|Kirgisistan|Kirghizistan|Kirguistán|Киргизия|Кыргызстан',
  'Tajikistan | LOC | Tadjikistan|Tadschikistan|Tagikistan|Tayikistán|Таджикистан',
  'Uzbekistan | LOC | Ouzbékistan|Usbekistan|Uzbekistan|Uzbekistán|Узбекистан',
  'Turkmenistan | LOC | Turkménistan|Turkmenistan|Turkmenistán|Туркменистан',
  'Afghanistan | LOC | Afghanistan|Afganistan|Afganistán|Афганистан',
  'Syria | LOC | Syrie|Syrien|Siria|Сирия',
  'Iraq | LOC | Irak|Iraq|Ирак',
  'Iran | LOC | Iran|Irán|Иран',
  'Israel | LOC | Israël|Israel|Israele|Израиль',
  'Turkey | LOC | Turquie|Türkei|Turchia|Turquía|Türkiye|Турция',
  'Azerbaijan | LOC | Azerbaïdjan|Aserbaidschan|Azerbaigian|Azerbaiyán|Азербайджан',
  'Georgia | LOC | Géorgie|Georgien|Грузия',
  'China | LOC | Chine|China|Cina|Китай',
  'United States | LOC | USA|US|U.S.|États-Unis|Etats-Unis|fr:EU|E.-U.|Vereinigte Staaten|Stati Uniti|Estados Unidos|США|Amérique|America|Amerika',
  'United Kingdom | LOC | UK|U.K.|Royaume-Uni|Grande-Bretagne|Great Britain|Britain|Großbritannien|Regno Unito|Reino Unido|Великобритания',
  'France | LOC | Frankreich|Francia|Франция',
  'Germany | LOC | Allemagne|Deutschland|Germania|Alemania|Германия',
  'Hong Kong | LOC | Гонконг',
  'Moscow | LOC | Moscou|Moskau|Mosca|Moscú|Москва',
  'Kyiv | LOC | Kiev|Kyiv|Kiew|Київ|Киев',
  'Almaty | LOC | Alma-Ata|Almaty|Алматы|Алма-Ата',
  'Astana | LOC | Nur-Sultan|Noursoultan|Астана|Нур-Султан',
  'Zhanaozen | LOC | Janaozen|Jañaözen|Schanaosen|Жанаозен|Жаңаөзен',
  'Mangystau | LOC | Mangistau|Manguistaou|Mangghystau|Mangystau|Мангистау|Маңғыстау|Мангистауская область',
  'Aktau | LOC | Aqtau|Актау|Ақтау',
  'Atyrau | LOC | Atyraou|Атырау',
  'Shymkent | LOC | Chymkent|Schymkent|Шымкент',
  'Taldykorgan | LOC | Taldykourgan|Taldyqorghan|Талдыкорган|Талдықорған',
  'Kyzylorda | LOC | Kyzyl-Orda|Qyzylorda|Kysylorda|Кызылорда|Қызылорда',
  'Aktobe | LOC | Aqtöbe|Aktioubinsk|Aktöbe|Актобе|Ақтөбе',
  'Mazhilis | ORG | Majilis|Mazhilis|Madschilis|Мажилис|Мәжіліс',
  'Nur Otan | ORG | Нур Отан|Nour Otan',
  'Bishkek | LOC | Bichkek|Bischkek|Бишкек',
  'Kabul | LOC | Kaboul|Кабул',
  'Geneva | LOC | Genève|Genf|Ginevra|Ginebra|Женева',
  'Washington | LOC | Washington|Вашингтон',
  'London | LOC | Londres|Londra|Лондон',
  'Paris | LOC | Париж|Parigi',
  'Beijing | LOC | Pékin|Peking|Pechino|Pekín|Пекин',
  'Ankara | LOC | Анкара',
  'Baku | LOC | Bakou|Баку',
  'Idlib | LOC | Идлиб',
  'Xinjiang | LOC | Синьцзян',
  'Bosnia | LOC | Bosnie|Bosnien|Босния',
  'Minsk | LOC | Минск',
  'Red Square | LOC | Place Rouge|place Rouge|Roter Platz|Piazza Rossa|Красная площадь',
  'Central Asia | LOC | Asie centrale|Zentralasien|Asia centrale|Asia Central|Центральная Азия',
  "West Asia | LOC | Asie occidentale|Asie de l’Ouest|Asie de l'Ouest|Westasien",
  'Caucasus | LOC | Caucase|Kaukasus|Кавказ',
  'Donbas | LOC | Donbass|Donbas|Донбасс',
  'Crimea | LOC | Crimée|Krim|Crimea|Крым',
  'Caspian Sea | LOC | mer Caspienne|Kaspisches Meer|Каспийское море',
  'Volga | LOC | Волга',
  'Baikonur Cosmodrome | LOC | Baïkonour|Baikonur|Baïkonour|Байконур|cosmodrome de Baïkonour',
  'Vostochny Cosmodrome | LOC | Vostochny|Vostotchny|Восточный',
  'Sary-Shagan | LOC | Сары-Шаган',
  'Novouralsk | LOC | Новоуральск',
  'Turkestan | LOC | Туркестан',
  'Maidan | LOC | Maïdan|Maidan|Майдан',
  'Karabakh | LOC | Nagorno-Karabakh|Haut-Karabakh|Карабах',
  'Soviet Union | LOC | USSR|URSS|UdSSR|СССР|Union soviétique|Sowjetunion',
  'Global South | LOC | Sud global|pays du Sud',
  // The political West, capitalised; German is left out, where "Westen" is also the compass point of every noun.
  'Western world | LOC | Occident|Occidente|Zachód|Запад',
  'Greater Eurasia | MISC | Grande Eurasie',
  'Great Turan | MISC | Grand Touran|Grand Turan',
  'Covid-19 | MISC | Covid|COVID|COVID-19|coronavirus',
  'S-550 | MISC | S-550',
  // Peoples: demonyms written with a capital (MISC, as in CoNLL). Nouns only, canonical names included: an English
  // adjective ("Russian troops", "British Medical Association") would cut the names that it starts.
  'Russians | MISC | Russes|Russen',
  'Ukrainians | MISC | Ukrainiens|Ukrainer',
  'Belarusians | MISC | Biélorusses|Bélarusses|Belarussen|Weißrussen',
  'Kazakhs | MISC | Kazakhs|Kazakhes|Kasachen',
  'Kyrgyz people | MISC | Kirghizes|Kirghiz|Kirgisen',
  'Uzbeks | MISC | Ouzbeks|Ouzbèks|Usbeken',
  'Tajiks | MISC | Tadjiks|Tadschiken',
  'Turks | MISC | Turcs|Türken',
  'Israelis | MISC | Israéliens|Israelis',
  'Americans | MISC | Américains|Étatsuniens|Etatsuniens|Amerikaner',
  'Europeans | MISC | Européens|Europäer',
  'Westerners | MISC | Occidentaux',
  'Chinese people | MISC | Chinois',
  'Georgians | MISC | Géorgiens|Georgier',
  'Armenians | MISC | Arméniens|Armenier',
  'Azerbaijanis | MISC | Azerbaïdjanais|Azeris|Azéris|Aserbaidschaner',
  'Iranians | MISC | Iraniens|Iraner',
  'Syrians | MISC | Syriens|Syrer',
  'Afghans | MISC | Afghans|Afghanen',
  'Poles | MISC | Polonais',
  'Germans | MISC | Allemands',
  'Britons | MISC | Britanniques|Briten',
]

// "fr:EU" is an alias in French only (États-Unis), where English and German read EU as the European Union.
const LANGUAGE_PREFIX = /^[a-z]{2}:/u

function groupByLanguage(aliases: readonly string[]): Readonly<Record<string, readonly string[]>> {
  const groups: Record<string, string[]> = {}
  for (const alias of aliases) {
    const lang = alias.slice(0, 2)
    const list = groups[lang] ?? []
    list.push(alias.slice(3))
    groups[lang] = list
  }
  return groups
}

/** The curated entities, parsed once. */
export const ENTITY_ALIASES: readonly EntityAlias[] = ROWS.map((row) => {
  const [canonical = '', label = '', aliases = ''] = row.split(' | ').map((part) => part.trim())
  const all = [canonical, ...aliases.split('|')].filter((alias) => alias.length > 0)
  return {
    canonical,
    label: label as EntityLabel,
    aliases: all.filter((alias) => !LANGUAGE_PREFIX.test(alias)),
    aliasesByLanguage: groupByLanguage(all.filter((alias) => LANGUAGE_PREFIX.test(alias))),
  }
})
