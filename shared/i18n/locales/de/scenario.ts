// German for the scenarios' own words: title, summary, turns, powers, goals, event cards (see locales/en/scenario.ts).
export default {
  facilitator: { title: "{{title}}", text: "{{text}}" },
  victoryDay2025: {
    title: "Tag des Sieges 2025",
    summary:
      "Mai 2025. Xi Jinping ist zur Parade zum 80. Jahrestag des Endes des Zweiten Weltkriegs in Moskau. Russland hat aus diesem Anlass eine dreitägige Waffenruhe ausgerufen, Kyjiw nennt sie eine Farce, und Washington, im Handelskrieg mit Peking, drängt auf Friedensgespräche. Die Partie endet mit Putins Herbstbesuch in China.",
    turn: {
      parade: "8.–10. Mai: die Parade",
      afterParade: "Mitte Mai: nach der Parade",
      lateMay: "Ende Mai",
      june: "Juni",
      july: "Juli",
      earlyAugust: "Anfang August",
      lateAugust: "Ende August",
      autumn: "Herbst: der Besuch in China",
    },
    sharedGoal: {
      title: "Eine dauerhafte Waffenruhe",
      text_one: "Hält eine Waffenruhe zwischen Russland und der Ukraine eine ganze Runde lang, gewinnen alle Mächte.",
      text_other: "Hält eine Waffenruhe zwischen Russland und der Ukraine {{count}} Runden in Folge, gewinnen alle Mächte.",
    },
    power: {
      russia: {
        leader: "Wladimir Putin",
        briefing:
          "Du richtest die Parade aus und empfängst deinen engsten Partner. China hält deine Wirtschaft über Wasser; die Sanktionen des Westens schmerzen; Washington will einen Deal, und du willst mit ihm ins Geschäft kommen, doch deine Forderungen an die Ukraine sind hoch.",
        special: { label: "Militärische Stärke", inText: "militärische Stärke", text: "Soldaten, Ausrüstung und Munition an der Front." },
        strength: { army: "Größte Armee in diesem Krieg", lifeline: "Chinas wirtschaftliche Rettungsleine", thaw: "Eine US-Regierung, die offen für Tauwetter ist" },
      },
      china: {
        leader: "Xi Jinping",
        briefing:
          "Bei deinem elften Besuch in Russland wirst du als lieber Freund empfangen. Die Vereinigten Staaten führen einen Handelskrieg gegen dich; Europa ist misstrauisch; Kyjiw sagt, du unterstützt Moskaus Krieg. Du willst die Zölle überstehen, die Partnerschaft bewahren und Unterstützung für das Ein-China-Prinzip gewinnen.",
        special: { label: "Handelsrisiko", inText: "Handelsrisiko", text: "Wie sehr Zölle und Exportkontrollen schaden: niedriger ist sicherer." },
        strength: { economy: "Zweitgrößte Volkswirtschaft der Welt", partner: "Russlands unverzichtbarer Partner", patience: "Geduld" },
      },
      usa: {
        leader: "Donald Trump",
        briefing:
          "Du drängst Russland zu Friedensgesprächen und führst einen Handelskrieg gegen China. Dein Vizepräsident sagt, Moskau verlange zu viel. Manche in Washington hofften, Russland von China wegzuziehen, ein umgekehrter Nixon; der Gipfel dieser Woche in Moskau spricht dagegen.",
        special: { label: "Politisches Kapital", inText: "politisches Kapital", text: "Spielraum im Inland: ausgegeben für Hilfe und Zugeständnisse, verdient durch Abkommen und Besuche." },
        strength: { economy: "Größte Volkswirtschaft", arms: "Wichtigster Waffenlieferant der Ukraine", tariffs: "Zölle als Druckmittel" },
      },
      ukraine: {
        leader: "Wolodymyr Selenskyj",
        briefing:
          "Dein Außenminister nennt die Waffenruhe zur Parade eine Farce: Du willst mindestens dreißig Tage vollständige Waffenruhe. Deine Drohnen haben am Vorabend der Parade Moskaus Flughäfen lahmgelegt. Du bist auf amerikanische und europäische Unterstützung angewiesen und sagst, China unterstütze Moskaus Krieg.",
        special: { label: "Militärische Stärke", inText: "militärische Stärke", text: "Soldaten, Ausrüstung und Munition an der Front." },
        strength: { support: "Unterstützung des Westens", drones: "Langstreckendrohnen", sympathy: "Internationale Sympathie" },
      },
      eu: {
        leader: "Der Europäische Rat",
        briefing:
          "Der Regierungschef eines deiner Mitgliedstaaten fliegt zur Parade nach Moskau und muss den für ihn gesperrten baltischen Luftraum umfliegen. Du verhängst Sanktionen gegen Russland und unterstützt die Ukraine, bist China gegenüber misstrauisch, und Taiwan bittet dich, an seiner Seite zu stehen.",
        special: { label: "Einigkeit", inText: "Einigkeit", text: "Wie geschlossen die Mitgliedstaaten handeln: Eine gespaltene Union handelt mit weniger Kraft." },
        strength: { market: "Ein großer Binnenmarkt", sanctions: "Sanktionen, die wirken", donor: "Größter Geldgeber der Ukraine" },
      },
    },
    goal: {
      "ru-relief": { title: "Sanktionserleichterung", text: "Halte die Sanktionen aller Mächte gegen Russland zusammen bei {{limit}} Stufen oder weniger (zu Beginn {{start}})." },
      "ru-gains": { title: "Boden gewinnen", text: "Erobere Gebiet: die Frontlinie am Ende bei {{limit}} % oder weniger (zu Beginn {{start}} %)." },
      "ru-thaw": { title: "Tauwetter mit Washington", text: "Bring die Beziehungen zu den Vereinigten Staaten auf {{limit}} oder besser." },
      "ru-divide": { title: "Den Westen spalten", text: "Gewinne einen Freund in Europa zurück: Beziehungen zur EU bei {{limit}} oder besser (zu Beginn {{start}})." },
      "ru-brothers": { title: "Waffenbrüder", text: "Steigere die Beziehungen zu China auf {{limit}} oder mehr." },
      "cn-weather": { title: "Den Handelskrieg überstehen", text: "Steigere deine Wirtschaft auf {{limit}} oder mehr (zu Beginn {{start}})." },
      "cn-partner": { title: "Die Partnerschaft bewahren", text: "Halte die Beziehungen zu Russland bei {{limit}} oder mehr." },
      "cn-truce": { title: "Eine Waffenruhe im Handelskrieg", text: "Besänftige Washington: Beziehungen zu den Vereinigten Staaten bei {{limit}} oder besser (zu Beginn {{start}})." },
      "cn-europe": { title: "Europa bleibt offen", text: "Halte Europa davon ab, Washington zu folgen: Beziehungen zur EU bei {{limit}} oder besser (zu Beginn {{start}})." },
      "cn-kyiv": { title: "Ein neutraler Vermittler", text: "Finde auch in Kyjiw Gehör: Beziehungen zur Ukraine bei {{limit}} oder besser (zu Beginn {{start}})." },
      "us-talks": {
        title: "Friedensgespräche",
        text_one: "Erreiche, dass Russland und die Ukraine eine überwachte Waffenruhe vereinbaren und mindestens eine Runde lang einhalten.",
        text_other: "Erreiche, dass Russland und die Ukraine eine überwachte Waffenruhe vereinbaren und mindestens {{count}} Runden lang einhalten.",
      },
      "us-nixon": { title: "Umgekehrter Nixon", text: "Beende die Partie mit russisch-chinesischen Beziehungen bei {{limit}} oder weniger und amerikanisch-russischen bei {{limit2}} oder besser." },
      "us-leverage": { title: "Handelsdruck", text: "Erhöhe die Sanktionen und Zölle der USA gegen China auf {{limit}} Stufen oder mehr (zu Beginn {{start}})." },
      "us-energy": { title: "Energie für Europa", text: "Verkaufe Europa dein Gas und deine Freundschaft: Beziehungen zwischen den USA und der EU bei {{limit}} oder besser (zu Beginn {{start}})." },
      "us-deal": { title: "Ein Abkommen mit Peking", text: "Bring die Beziehungen zwischen den USA und China auf {{limit}} oder besser (zu Beginn {{start}})." },
      "ua-monitored": {
        title: "Eine überwachte Waffenruhe",
        text_one: "Erreiche eine überwachte Waffenruhe, die vereinbart und mindestens eine Runde lang eingehalten wird.",
        text_other: "Erreiche eine überwachte Waffenruhe, die vereinbart und mindestens {{count}} Runden lang eingehalten wird.",
      },
      "ua-support": { title: "Anhaltende Unterstützung", text: "Halte die Beziehungen zu den Vereinigten Staaten bei {{limit}} oder mehr und zur EU bei {{limit2}} oder mehr." },
      "ua-standing": { title: "Die Sympathie der Welt", text: "Halte die Welt auf deiner Seite: internationales Ansehen bei {{limit}} oder mehr (zu Beginn {{start}})." },
      "ua-beijing": { title: "Pekings Neutralität", text: "Bring China von Moskaus Seite ab: Beziehungen zu China bei {{limit}} oder besser (zu Beginn {{start}})." },
      "ua-pressure": { title: "Druck auf Moskau", text: "Sorge dafür, dass die Sanktionen gegen Russland auf {{limit}} Stufen oder mehr steigen (zu Beginn {{start}})." },
      "eu-unity": { title: "Zusammenhalten", text: "Halte die Einigkeit bei {{limit}} oder mehr (zu Beginn {{start}})." },
      "eu-ukraine": { title: "An der Seite der Ukraine", text: "Bring die Beziehungen zur Ukraine auf {{limit}} oder mehr." },
      "eu-autonomy": { title: "Strategische Autonomie", text: "Bring die Beziehungen zu China auf {{limit}} oder besser." },
      "eu-sanctions": { title: "Die Schrauben anziehen", text: "Erhöhe die Sanktionen der EU gegen Russland auf {{limit}} Stufen oder mehr (zu Beginn {{start}})." },
      "eu-atlantic": { title: "Amerika an Bord halten", text: "Halte das Bündnis zusammen: Beziehungen zwischen den USA und der EU bei {{limit}} oder besser (zu Beginn {{start}})." },
    },
    event: {
      "state-visit": {
        title: "Xi Jinping kommt zum Staatsbesuch nach Moskau",
        text: "Bei seinem elften Besuch in Russland wird Xis Flugzeug von russischen Kampfjets eskortiert, und im Kreml empfängt ihn ein Militärorchester. Es folgen fast vier Stunden Gespräche: „tiefgehend, freundschaftlich und fruchtbar“, sagt Xi; „herzlich und substanziell“, sagt Putin.",
      },
      "dual-containment-statement": {
        title: "Moskau und Peking unterzeichnen eine gemeinsame Erklärung gegen die „doppelte Eindämmung“",
        text: "Eine lange gemeinsame Erklärung verspricht engere Beziehungen auf allen Gebieten, auch militärisch, und Abstimmung gegen das, was beide Washingtons doppelte Eindämmung Russlands und Chinas nennen. Xis veröffentlichter Artikel warnt vor Unilateralismus, Hegemonie und Einschüchterung.",
      },
      "parade-truce": {
        title: "Russland erklärt eine dreitägige Waffenruhe für die Parade",
        text: "Moskaus einseitige Waffenruhe tritt am Donnerstag in Kraft und gilt bis zum Ende der Feierlichkeiten. Der ukrainische Außenminister nennt sie eine Farce und fordert stattdessen mindestens dreißig Tage vollständige Waffenruhe.",
      },
      "airports-closed": {
        title: "Drohnen legen am Vorabend der Parade Moskaus Flughäfen lahm",
        text: "Ukrainische Drohnenangriffe zwingen die meisten Moskauer Flughäfen am Mittwoch, zwei Tage vor der Parade, zur Schließung.",
      },
      "airspace-closed": {
        title: "Baltischer Luftraum für einen europäischen Regierungschef auf dem Weg zur Parade gesperrt",
        text: "Der einzige EU-Regierungschef bei der Parade, der slowakische Ministerpräsident, muss über Ungarn, Rumänien, das Schwarze Meer, Georgien und Dagestan ausweichen, nachdem die baltischen Staaten ihren Luftraum für seinen Flug gesperrt haben. Auch Serbiens Präsident muss umgeleitet werden. Die Spaltung der Union ist offensichtlich.",
      },
      "too-much": {
        title: "Washington sagt, Moskau verlange zu viel",
        text: "Anfang der Woche sagte der US-Vizepräsident, Russland verlange in den Verhandlungen mit der Ukraine „zu viel“. Washington drängt Moskau weiter zu Friedensgesprächen.",
      },
      "truce-violations": {
        title: "Kyjiw und Moskau werfen sich gegenseitig Verstöße gegen die Waffenruhe vor",
        text: "Kyjiw zählte zwischen Mitternacht und Mittag des ersten Tages der Waffenruhe 734 Verstöße und 63 Sturmangriffe, 23 davon noch im Gange; Moskau sagt, ukrainische Truppen hätten zweimal versucht, die Grenze im Gebiet Kursk zu durchbrechen.",
      },
      "truce-holds": {
        title: "Die Waffenruhe zur Parade hält weitgehend",
        text: "Beide Seiten melden vereinzelte Zwischenfälle, doch die drei Tage vergehen ohne größeren Angriff. Kyjiw, das die Waffenruhe eine Farce nannte, fordert erneut mindestens dreißig Tage vollständige Waffenruhe.",
      },
      "taiwan-appeal": {
        title: "Taipeh bittet Europa, an der Seite Taiwans zu stehen",
        text: "In einer Rede in Taipeh in der Woche der Parade bat Taiwans Präsident die europäischen Staats- und Regierungschefs, Taiwan gegen das beizustehen, was er einen neuen totalitären Block nannte. Westliche Regierungen fürchten, dass China in wenigen Jahren gegen Taiwan vorgehen könnte, mit dem Krieg in der Ukraine als Vorlage.",
      },
      "thirty-day-demand": {
        title: "Die Ukraine wiederholt ihre Forderung nach dreißig Tagen vollständiger Waffenruhe",
        text: "Kyjiw bekräftigt, dass es mindestens dreißig Tage vollständige Waffenruhe will, keine Feuerpausen von wenigen Tagen.",
      },
      "autumn-visit": {
        title: "Putin fliegt zum Jahrestag der Niederlage Japans nach China",
        text: "Wie im Mai angekündigt, besucht Russlands Präsident im Herbst China zum Jahrestag des Endes des Zweiten Weltkriegs in Asien. Die letzte Runde beginnt.",
      },
      "tariffs-raised": {
        title: "Der Handelskrieg eskaliert",
        text: "Washington erhöht erneut die Zölle auf chinesische Waren; Peking antwortet mit gleicher Münze.",
      },
      "trade-truce": {
        title: "Eine Waffenruhe im Handelskrieg",
        text: "Nach Gesprächen in einer neutralen Hauptstadt senken Washington und Peking ihre Zölle für neunzig Tage.",
      },
      "drone-barrage": {
        title: "Der größte Drohnenangriff des Krieges trifft Kyjiw",
        text: "Hunderte Drohnen und Raketen treffen über Nacht die Städte der Ukraine.",
      },
      "prisoner-exchange": {
        title: "Ein großer Gefangenenaustausch",
        text: "Russland und die Ukraine tauschen Hunderte Kriegsgefangene aus – ein seltenes Zeichen der Einigung.",
      },
      "oil-slump": {
        title: "Die Ölpreise brechen ein",
        text: "Fallende Ölpreise belasten Russlands Haushalt und verbilligen Chinas Importe.",
      },
      "aid-fight": {
        title: "Der Kongress streitet über die Hilfe für die Ukraine",
        text: "Eine erbitterte Abstimmung über Ukraine-Hilfe kostet das Weiße Haus Wohlwollen auf dem Kapitol.",
      },
      "sanctions-package": {
        title: "Brüssel beschließt ein neues Sanktionspaket",
        text: "Nach langem Feilschen einigen sich die Mitgliedstaaten auf neue Beschränkungen für Technologieexporte nach Russland.",
      },
      "strait-drills": {
        title: "Militärmanöver umzingeln Taiwan",
        text: "Chinesische Streitkräfte halten große Übungen rund um die Insel ab.",
      },
      "grain-corridor": {
        title: "Die Schifffahrt im Schwarzen Meer läuft wieder an",
        text: "Getreideschiffe verlassen ukrainische Häfen in einer Zahl wie seit Monaten nicht mehr.",
      },
      "veto-threat": {
        title: "Ein Mitgliedstaat droht mit Veto",
        text: "Eine EU-Regierung droht, die Verlängerung der Sanktionen zu blockieren, wenn sie keine Zugeständnisse erhält.",
      },
      "border-clashes": {
        title: "Schwere Kämpfe an der Grenze bei Kursk",
        text: "Beide Seiten melden schwere Verluste bei Gefechten entlang der Grenze.",
      },
      "rare-earths": {
        title: "Peking beschränkt die Ausfuhr Seltener Erden",
        text: "China schränkt die Ausfuhr Seltener Erden ein, die für die westliche Industrie unverzichtbar sind.",
      },
    },
  },
};
