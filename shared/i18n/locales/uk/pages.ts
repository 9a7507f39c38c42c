export default {
  title: { rules: "Як грати", roleCards: "Картки ролей", guide: "Посібник для вчителя" },
  nav: "Сторінки уроку",
  play: "Détente: грати",
};
