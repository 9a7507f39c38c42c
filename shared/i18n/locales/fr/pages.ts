export default {
  title: { rules: "Comment jouer", roleCards: "Cartes de rôle", guide: "Guide de l'enseignant" },
  nav: "Pages du cours",
  play: "Détente : jouer",
};
