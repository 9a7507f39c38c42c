// German for the scenarios' event cards (see locales/en/scenario.ts).
export default {
  facilitator: { title: "{{title}}", text: "{{text}}" },
  victoryDay2025: {
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
