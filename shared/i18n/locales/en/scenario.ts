// The scenarios' own words: each event card's title and text (the scenario file holds their keys),
// and the frame for a facilitator's own event, whose words are shown as typed.
export default {
  facilitator: { title: "{{title}}", text: "{{text}}" },
  victoryDay2025: {
    event: {
      "state-visit": {
        title: "Xi Jinping arrives in Moscow on a state visit",
        text: "On his eleventh visit to Russia, Xi's plane is escorted by Russian fighter jets and a military band greets him at the Kremlin. Nearly four hours of talks follow: \"in-depth, friendly and fruitful\", says Xi; \"warm and substantive\", says Putin.",
      },
      "dual-containment-statement": {
        title: "Moscow and Beijing sign a joint statement against \"dual containment\"",
        text: "A long joint statement pledges closer ties in every field, military ones included, and coordination against what both call Washington's dual containment of Russia and China. Xi's published article warns against unilateralism, hegemony and bullying.",
      },
      "parade-truce": {
        title: "Russia declares a three-day truce for the parade",
        text: "Moscow's unilateral ceasefire comes into effect on Thursday and runs to the end of the celebrations. Ukraine's foreign minister calls it a farce and asks for at least thirty days of full ceasefire instead.",
      },
      "airports-closed": {
        title: "Drones close Moscow's airports on the eve of the parade",
        text: "Ukrainian drone attacks force most of Moscow's airports to shut on Wednesday, two days before the parade.",
      },
      "airspace-closed": {
        title: "Baltic airspace closed to a European leader bound for the parade",
        text: "The only EU leader attending the parade, Slovakia's prime minister, has to detour over Hungary, Romania, the Black Sea, Georgia and Dagestan after Baltic states close their airspace to his flight. Serbia's president is rerouted too. The Union's split is on display.",
      },
      "too-much": {
        title: "Washington says Moscow is asking for too much",
        text: "Earlier in the week the US vice-president said Russia was asking for \"too much\" in its negotiations with Ukraine. Washington keeps pushing Moscow toward peace talks.",
      },
      "truce-violations": {
        title: "Kyiv and Moscow trade accusations over the truce",
        text: "Kyiv counted 734 violations and 63 assault operations, 23 of them still under way, between midnight and midday on the truce's first day; Moscow says Ukrainian forces twice tried to breach the border in the Kursk region.",
      },
      "truce-holds": {
        title: "The parade truce largely holds",
        text: "Both sides report isolated incidents, but the three days pass without a major assault. Kyiv, which called the truce a farce, repeats its call for at least thirty days of full ceasefire.",
      },
      "taiwan-appeal": {
        title: "Taipei asks Europe to stand with Taiwan",
        text: "In a speech in Taipei in the week of the parade, Taiwan's president asked European leaders to stand with Taiwan against what he called a new totalitarian group. Western leaders worry that China could move against Taiwan within a few years, with the war in Ukraine as a template.",
      },
      "thirty-day-demand": {
        title: "Ukraine repeats its demand for a thirty-day full ceasefire",
        text: "Kyiv says again that it wants at least thirty days of full ceasefire, not truces of a few days.",
      },
      "autumn-visit": {
        title: "Putin flies to China for the anniversary of Japan's defeat",
        text: "As announced in May, Russia's president visits China in the autumn for the anniversary of the end of the Second World War in Asia. The last turn begins.",
      },
      "tariffs-raised": {
        title: "The trade war escalates",
        text: "Washington raises tariffs on Chinese goods again; Beijing answers in kind.",
      },
      "trade-truce": {
        title: "A truce in the trade war",
        text: "After talks in a neutral capital, Washington and Beijing cut their tariffs for ninety days.",
      },
      "drone-barrage": {
        title: "The war's largest drone barrage hits Kyiv",
        text: "Hundreds of drones and missiles strike Ukraine's cities overnight.",
      },
      "prisoner-exchange": {
        title: "A large prisoner exchange",
        text: "Russia and Ukraine swap hundreds of prisoners of war, a rare piece of agreement.",
      },
      "oil-slump": {
        title: "Oil prices slump",
        text: "A fall in oil prices squeezes Russia's budget and cheapens China's imports.",
      },
      "aid-fight": {
        title: "Congress fights over aid to Ukraine",
        text: "A bitter vote on Ukraine aid costs the White House goodwill on Capitol Hill.",
      },
      "sanctions-package": {
        title: "Brussels adopts a new sanctions package",
        text: "After long haggling, the member states agree new restrictions on Russian technology imports.",
      },
      "strait-drills": {
        title: "Military drills encircle Taiwan",
        text: "Chinese forces stage large exercises around the island.",
      },
      "grain-corridor": {
        title: "Black Sea shipping resumes",
        text: "Grain ships leave Ukrainian ports in numbers not seen for months.",
      },
      "veto-threat": {
        title: "A member state threatens to veto",
        text: "One EU government threatens to block the renewal of sanctions unless it gets concessions.",
      },
      "border-clashes": {
        title: "Heavy fighting on the Kursk border",
        text: "Both sides report heavy losses in clashes along the border.",
      },
      "rare-earths": {
        title: "Beijing curbs rare-earth exports",
        text: "China restricts exports of rare earths vital to Western industry.",
      },
    },
  },
};
