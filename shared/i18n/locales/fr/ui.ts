export default {
  scroll: { scores: "Scores finaux", keptWord: "Qui a tenu parole, par puissance" },
  join: {
    heading: "Rejoindre cette partie",
    at: "Rejoindre sur",
    scan: "Scannez pour rejoindre",
    loopback: "Seul cet ordinateur peut ouvrir une adresse localhost : lancez le serveur avec HOST=0.0.0.0 pour que d'autres puissent rejoindre.",
    qr: "Code QR de {{address}}",
  },
  connection: {
    peopleUnknown: "Participants : {{count}} (qui est en ligne reste inconnu pendant la reconnexion)",
    label: "Connexion",
    online: "En ligne",
    reconnecting: "Reconnexion… compte à rebours en pause",
    gone: "Déconnecté",
  },
  export: {
    heading: "Exporter la partie",
    json: "Télécharger le journal (JSON)",
    html: "Télécharger le résumé (HTML)",
    print: "Imprimer le bilan",
    failed: "L'export a échoué : {{reason}}",
    summaryTitle: "Détente, partie {{code}} : résumé",
  },
  mapKey: {
    heading: "Légende de la carte",
    sanction: "Carré à double bordure de la couleur de la puissance qui les impose : sanctions ou droits de douane — En énergie, Fi finance, Te technologie, % commerce, ×2 plusieurs secteurs",
    aid: "Cercle bordé de la couleur du donateur : aide — M militaire, $ économique, + humanitaire, D biens à double usage",
    summit: "Étoile : un sommet entre deux puissances",
    lines: "Ligne bleue : relations amicales ; tirets orange : relations hostiles",
    spoke: "✓ à côté d'un nom : cette puissance s'est exprimée ce tour-ci",
    tap: "Touchez le nom d'une puissance ou sélectionnez-le au clavier pour voir ses jauges et ses relations.",
  },
};
