export default {
  title: { rules: "So wird gespielt", roleCards: "Rollenkarten", guide: "Leitfaden für Lehrkräfte" },
  nav: "Seiten zur Unterrichtsstunde",
  play: "Détente: spielen",
};
