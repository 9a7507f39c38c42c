/** Words of the layout for every device: scrolling tables, the join address and QR code, the connection, the export, the map key. */
export default {
  scroll: { scores: "Final scores", keptWord: "Who kept their word, by power" },
  join: {
    heading: "Join this match",
    at: "Join at",
    scan: "Scan to join",
    loopback: "Only this computer can open a localhost address: start the server with HOST=0.0.0.0 so that others can join.",
    qr: "QR code of {{address}}",
  },
  connection: {
    peopleUnknown: "People: {{count}} (who is online is not known while reconnecting)",
    label: "Connection",
    online: "Online",
    reconnecting: "Reconnecting… countdown paused",
    gone: "Disconnected",
  },
  export: {
    heading: "Export the match",
    json: "Download the record (JSON)",
    html: "Download the summary (HTML)",
    print: "Print the debrief",
    failed: "The export failed: {{reason}}",
    summaryTitle: "Détente, match {{code}}: summary",
  },
  mapKey: {
    heading: "Map key",
    sanction: "Square, double border in the imposer's colour: sanctions or tariffs — En energy, Fi finance, Te technology, % trade, ×2 several sectors",
    aid: "Circle, border in the giver's colour: aid — M military, $ economic, + humanitarian, D dual-use goods",
    summit: "Star: a summit between two powers",
    lines: "Blue line: friendly relations; orange dashes: hostile relations",
    spoke: "✓ beside a name: that power has spoken this turn",
    tap: "Tap or focus a power's name to see its meters and relations.",
  },
};
