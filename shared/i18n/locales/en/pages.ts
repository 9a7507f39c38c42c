export default {
  title: { rules: "How to play", roleCards: "Role cards", guide: "Teacher's guide" },
  nav: "Lesson pages",
  play: "Détente: play",
};
