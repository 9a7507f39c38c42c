export default {
  scroll: { scores: "Endstand", keptWord: "Wer hat Wort gehalten, nach Macht" },
  join: {
    heading: "Dieser Partie beitreten",
    at: "Beitreten unter",
    scan: "Zum Beitreten scannen",
    loopback: "Eine localhost-Adresse öffnet nur dieser Computer: Starten Sie den Server mit HOST=0.0.0.0, damit andere beitreten können.",
    qr: "QR-Code von {{address}}",
  },
  connection: {
    peopleUnknown: "Personen: {{count}} (wer verbunden ist, bleibt unbekannt, bis die Verbindung zurück ist)",
    label: "Verbindung",
    online: "Verbunden",
    reconnecting: "Verbindung wird wiederhergestellt … Countdown angehalten",
    gone: "Getrennt",
  },
  export: {
    heading: "Partie exportieren",
    json: "Protokoll herunterladen (JSON)",
    html: "Zusammenfassung herunterladen (HTML)",
    print: "Nachbesprechung drucken",
    failed: "Der Export ist fehlgeschlagen: {{reason}}",
    summaryTitle: "Détente, Partie {{code}}: Zusammenfassung",
  },
  mapKey: {
    heading: "Legende",
    sanction: "Quadrat mit doppeltem Rand in der Farbe der verhängenden Macht: Sanktionen oder Zölle – En Energie, Fi Finanzen, Te Technologie, % Handel, ×2 mehrere Sektoren",
    aid: "Kreis mit Rand in der Farbe der gebenden Macht: Hilfe – M militärisch, $ wirtschaftlich, + humanitär, D Güter mit doppeltem Verwendungszweck",
    summit: "Stern: ein Gipfeltreffen zweier Mächte",
    lines: "Blaue Linie: freundliche Beziehungen; orange Striche: feindliche Beziehungen",
    spoke: "✓ neben einem Namen: diese Macht hat sich in dieser Runde geäußert",
    tap: "Tippen Sie auf den Namen einer Macht oder wählen Sie ihn mit der Tastatur, um ihre Werte und Beziehungen zu sehen.",
  },
};
