// "Victory Day 2025": the weeks after Moscow's parade of 9 May 2025 for the 80th anniversary of
// the end of the Second World War. Facts from the briefing's news report; the words are the game's.
import type { Scenario } from "../scenarioSchema";

export const victoryDay2025: Scenario = {
  id: "victory-day-2025",
  title: "Victory Day 2025",
  summary:
    "May 2025. Xi Jinping is in Moscow for the parade marking 80 years since the end of the Second World War. " +
    "Russia has declared a three-day truce for the occasion, Kyiv calls it a farce, and Washington, in a trade war " +
    "with Beijing, is pushing for peace talks. The match ends with Putin's autumn visit to China.",
  turns: 8,
  turnLabels: [
    "8–10 May: the parade",
    "Mid-May: after the parade",
    "Late May",
    "June",
    "July",
    "Early August",
    "Late August",
    "Autumn: the visit to China",
  ],
  claimant: "china",
  powers: {
    russia: {
      name: "Russia",
      leader: "Vladimir Putin",
      special: { kind: "military", label: "Military strength", higherIsBetter: true, text: "Men, equipment and ammunition at the front." },
      start: { economy: 48, support: 64, standing: 30, special: 68 },
      briefing:
        "You host the parade and your closest partner. China keeps your economy afloat; the West's sanctions bite; " +
        "Washington wants a deal and you want business with it, but your demands on Ukraine are high.",
      strengths: ["Largest army in the war", "China's economic lifeline", "A US administration open to a thaw"],
      budget: { base: 3, penalty: { meter: "economy", below: 25 } },
      war: "attacker",
      publicGoals: [
        { id: "ru-relief", title: "Sanctions relief", text: "Hold the sanctions on Russia, all powers together, at 19 levels or fewer (16 at the start).", points: 10, condition: { kind: "sanctionLevel", target: "russia", atMost: 19 } },
        { id: "ru-gains", title: "Gain ground", text: "Take ground: the front line at 80.5% or less at the end (81% at the start).", points: 8, condition: { kind: "world", key: "frontLine", atMost: 80.5 } },
      ],
      secretObjectives: [
        { id: "ru-thaw", title: "A thaw with Washington", text: "Bring relations with the United States to 24 or better.", points: 12, condition: { kind: "relation", a: "russia", b: "usa", atLeast: 24 } },
        { id: "ru-divide", title: "Divide the West", text: "Win back a friend in Europe: relations with the EU at −28 or better (−65 at the start).", points: 12, condition: { kind: "relation", a: "russia", b: "eu", atLeast: -28 } },
        { id: "ru-brothers", title: "Brothers in arms", text: "Raise relations with China to 83 or more.", points: 12, condition: { kind: "relation", a: "russia", b: "china", atLeast: 83 } },
      ],
      par: 1.9,
      bot: { aggression: 0.7, conciliation: 0.3, sanctions: 0.3, ceasefire: 0.35, generosity: 0.2, treachery: 0.5 },
    },
    china: {
      name: "China",
      leader: "Xi Jinping",
      special: { kind: "tradeExposure", label: "Trade exposure", higherIsBetter: false, text: "How much tariffs and export controls hurt: lower is safer." },
      start: { economy: 70, support: 66, standing: 55, special: 60 },
      briefing:
        "On your eleventh visit to Russia you are welcomed as a dear friend. The United States wages a trade war on you; " +
        "Europe is wary; Kyiv says you aid Moscow's war. You want to weather the tariffs, keep the partnership, and win " +
        "support for the one-China principle.",
      strengths: ["Second economy of the world", "Russia's indispensable partner", "Patience"],
      budget: { base: 3, penalty: { meter: "support", below: 40 } },
      war: "none",
      // Beijing denied sending weapons; the charge against it was dual-use goods.
      lethalAid: false,
      publicGoals: [
        { id: "cn-weather", title: "Weather the trade war", text: "Grow your economy to 78 or above (70 at the start).", points: 8, condition: { kind: "meter", power: "china", meter: "economy", atLeast: 78 } },
        { id: "cn-partner", title: "Keep the partnership", text: "Keep relations with Russia at 79 or above.", points: 8, condition: { kind: "relation", a: "china", b: "russia", atLeast: 79 } },
      ],
      secretObjectives: [
        { id: "cn-truce", title: "A truce in the trade war", text: "Talk Washington down: relations with the United States at −15 or better (−50 at the start).", points: 12, condition: { kind: "relation", a: "china", b: "usa", atLeast: -15 } },
        { id: "cn-europe", title: "Europe stays open", text: "Keep Europe from following Washington: relations with the EU at 22 or better (−15 at the start).", points: 12, condition: { kind: "relation", a: "china", b: "eu", atLeast: 22 } },
        { id: "cn-kyiv", title: "A neutral broker", text: "Be heard in Kyiv too: relations with Ukraine at 28 or better (−20 at the start).", points: 12, condition: { kind: "relation", a: "china", b: "ukraine", atLeast: 28 } },
      ],
      par: 4.5,
      bot: { aggression: 0.3, conciliation: 0.6, sanctions: 0.3, ceasefire: 0.5, generosity: 0.5, treachery: 0.2 },
    },
    usa: {
      name: "United States",
      leader: "Donald Trump",
      special: { kind: "politicalCapital", label: "Political capital", higherIsBetter: true, text: "Room to act at home: spent on aid and concessions, earned by deals and visits." },
      start: { economy: 68, support: 46, standing: 52, special: 55 },
      briefing:
        "You are pushing Russia toward peace talks and waging a trade war on China. Your vice-president says Moscow asks " +
        "for too much. Some in Washington hoped to pull Russia away from China, a reverse Nixon; this week's summit in " +
        "Moscow suggests otherwise.",
      strengths: ["Largest economy", "Ukraine's main arms supplier", "Tariffs as leverage"],
      budget: { base: 3, penalty: { meter: "special", below: 30 } },
      war: "none",
      // From July 2025 (PURL) European allies paid for the US weapons sent to Ukraine.
      armsSold: true,
      publicGoals: [
        { id: "us-talks", title: "Peace talks", text: "See a monitored ceasefire between Russia and Ukraine agreed and kept for at least two turns.", points: 8, condition: { kind: "ceasefireKept", turns: 2, monitored: true } },
        { id: "us-nixon", title: "Reverse Nixon", text: "End with Russia–China relations at 81 or less and US–Russia relations at 3 or better.", points: 10, condition: { kind: "all", of: [{ kind: "relation", a: "russia", b: "china", atMost: 81 }, { kind: "relation", a: "usa", b: "russia", atLeast: 3 }] } },
      ],
      secretObjectives: [
        { id: "us-leverage", title: "Trade leverage", text: "Raise US sanctions and tariffs on China to 10 levels or more (5 at the start).", points: 12, condition: { kind: "sanctionLevel", target: "china", imposer: "usa", atLeast: 10 } },
        { id: "us-energy", title: "Energy for Europe", text: "Sell Europe your gas and your friendship: US–EU relations at 54 or better (35 at the start).", points: 12, condition: { kind: "relation", a: "usa", b: "eu", atLeast: 54 } },
        { id: "us-deal", title: "A deal with Beijing", text: "Bring US–China relations to −10 or better (−50 at the start).", points: 12, condition: { kind: "relation", a: "usa", b: "china", atLeast: -10 } },
      ],
      par: -4.4,
      bot: { aggression: 0.4, conciliation: 0.5, sanctions: 0.6, ceasefire: 0.7, generosity: 0.4, treachery: 0.3 },
    },
    ukraine: {
      name: "Ukraine",
      leader: "Volodymyr Zelensky",
      special: { kind: "military", label: "Military strength", higherIsBetter: true, text: "Men, equipment and ammunition at the front." },
      start: { economy: 30, support: 62, standing: 66, special: 52 },
      briefing:
        "Your foreign minister calls the parade truce a farce: you want at least thirty days of full ceasefire. Your drones " +
        "closed Moscow's airports on the eve of the parade. You depend on American and European support, and you say " +
        "China aids Moscow's war.",
      strengths: ["Western support", "Long-range drones", "International sympathy"],
      budget: { base: 3, penalty: { meter: "economy", below: 15 } },
      war: "defender",
      publicGoals: [
        { id: "ua-monitored", title: "A monitored ceasefire", text: "See a monitored ceasefire agreed and kept for at least one turn.", points: 10, condition: { kind: "ceasefireKept", turns: 1, monitored: true } },
        { id: "ua-support", title: "Continued support", text: "Keep relations at 48 or above with the United States and 80 or above with the EU.", points: 8, condition: { kind: "all", of: [{ kind: "relation", a: "usa", b: "ukraine", atLeast: 48 }, { kind: "relation", a: "eu", b: "ukraine", atLeast: 80 }] } },
      ],
      secretObjectives: [
        { id: "ua-standing", title: "The world's sympathy", text: "Keep the world on your side: international standing at 82 or more (66 at the start).", points: 12, condition: { kind: "meter", power: "ukraine", meter: "standing", atLeast: 82 } },
        { id: "ua-beijing", title: "Beijing's neutrality", text: "Win China over from Moscow's side: relations with China at 27 or better (−20 at the start).", points: 12, condition: { kind: "relation", a: "ukraine", b: "china", atLeast: 27 } },
        { id: "ua-pressure", title: "Pressure on Moscow", text: "See sanctions on Russia reach 25 levels or more (16 at the start).", points: 12, condition: { kind: "sanctionLevel", target: "russia", atLeast: 25 } },
      ],
      par: 17.2,
      bot: { aggression: 0.6, conciliation: 0.3, sanctions: 0.4, ceasefire: 0.6, generosity: 0.1, treachery: 0.3 },
    },
    eu: {
      name: "European Union",
      leader: "The European Council",
      special: { kind: "unity", label: "Unity", higherIsBetter: true, text: "How far the member states act as one: a divided union acts with less force." },
      start: { economy: 56, support: 50, standing: 60, special: 56 },
      briefing:
        "One of your member states' leaders flies to Moscow for the parade, detouring around Baltic airspace closed to him. " +
        "You sanction Russia and support Ukraine, are wary of China, and Taiwan asks you to stand with it.",
      strengths: ["A large single market", "Sanctions that bite", "Ukraine's largest donor"],
      budget: { base: 3, penalty: { meter: "special", below: 30 } },
      war: "none",
      publicGoals: [
        { id: "eu-unity", title: "Hold together", text: "Keep unity at 60 or above (56 at the start).", points: 8, condition: { kind: "meter", power: "eu", meter: "special", atLeast: 60 } },
        { id: "eu-ukraine", title: "Stand with Ukraine", text: "Bring relations with Ukraine to 82 or above.", points: 8, condition: { kind: "relation", a: "eu", b: "ukraine", atLeast: 82 } },
      ],
      secretObjectives: [
        { id: "eu-autonomy", title: "Strategic autonomy", text: "Bring relations with China to 25 or better.", points: 12, condition: { kind: "relation", a: "eu", b: "china", atLeast: 25 } },
        { id: "eu-sanctions", title: "Tighten the screws", text: "Raise EU sanctions on Russia to 12 levels or more (9 at the start).", points: 12, condition: { kind: "sanctionLevel", target: "russia", imposer: "eu", atLeast: 12 } },
        { id: "eu-atlantic", title: "Keep America in", text: "Hold the alliance together: US–EU relations at 52 or better (35 at the start).", points: 12, condition: { kind: "relation", a: "usa", b: "eu", atLeast: 52 } },
      ],
      par: 1.6,
      bot: { aggression: 0.1, conciliation: 0.6, sanctions: 0.6, ceasefire: 0.6, generosity: 0.7, treachery: 0.1 },
    },
  },
  relations: [
    { a: "russia", b: "china", value: 80 },
    { a: "usa", b: "china", value: -50 },
    { a: "usa", b: "russia", value: -20 },
    { a: "eu", b: "russia", value: -65 },
    { a: "russia", b: "ukraine", value: -90 },
    { a: "eu", b: "ukraine", value: 75 },
    { a: "usa", b: "ukraine", value: 35 },
    { a: "eu", b: "china", value: -15 },
    { a: "usa", b: "eu", value: 35 },
    { a: "china", b: "ukraine", value: -20 },
  ],
  world: { frontLine: 81, warIntensity: 68, globalTension: 62, taiwanTension: 48 },
  sanctions: [
    { imposer: "eu", target: "russia", sector: "energy", level: 2 },
    { imposer: "eu", target: "russia", sector: "finance", level: 3 },
    { imposer: "eu", target: "russia", sector: "technology", level: 2 },
    { imposer: "eu", target: "russia", sector: "trade", level: 2 },
    { imposer: "usa", target: "russia", sector: "finance", level: 3 },
    { imposer: "usa", target: "russia", sector: "technology", level: 3 },
    { imposer: "usa", target: "russia", sector: "energy", level: 1 },
    { imposer: "usa", target: "china", sector: "trade", level: 3 },
    { imposer: "usa", target: "china", sector: "technology", level: 2 },
    { imposer: "china", target: "usa", sector: "trade", level: 3 },
  ],
  lifelines: [{ provider: "china", to: "russia", strength: 0.5 }],
  // Washington's standing rides on its peace push; Europe's public follows Ukraine's fortunes.
  frontStakes: [
    { power: "usa", meter: "standing", perPoint: 1 },
    { power: "eu", meter: "support", perPoint: 1.5 },
  ],
  sharedGoal: {
    title: "A lasting ceasefire",
    text: "If a ceasefire between Russia and Ukraine holds for three turns in a row, every power gains.",
    points: 6,
    keptTurns: 3,
  },
  deckChance: 0.6,
  events: [
    // Turn 1 (8–10 May): the parade week, as the report of 8 May tells it.
    {
      id: "state-visit",
      turn: 1,
      title: "scenario:victoryDay2025.event.state-visit.title",
      text: "scenario:victoryDay2025.event.state-visit.text",
      effects: [
        { kind: "relation", a: "russia", b: "china", delta: 5 },
        { kind: "meter", power: "russia", meter: "support", delta: 2 },
        { kind: "meter", power: "china", meter: "support", delta: 1 },
      ],
    },
    {
      id: "dual-containment-statement",
      turn: 1,
      title: "scenario:victoryDay2025.event.dual-containment-statement.title",
      text: "scenario:victoryDay2025.event.dual-containment-statement.text",
      effects: [
        { kind: "relation", a: "usa", b: "china", delta: -3 },
        { kind: "relation", a: "usa", b: "russia", delta: -3 },
        { kind: "relation", a: "eu", b: "china", delta: -2 },
        { kind: "world", key: "globalTension", delta: 2 },
        { kind: "tally", key: "jointStatements", delta: 1 },
      ],
    },
    {
      id: "parade-truce",
      turn: 1,
      title: "scenario:victoryDay2025.event.parade-truce.title",
      text: "scenario:victoryDay2025.event.parade-truce.text",
      effects: [
        { kind: "unilateralCeasefire", by: "russia", turns: 1, scope: "full" },
        { kind: "meter", power: "russia", meter: "standing", delta: 1 },
      ],
    },
    {
      id: "airports-closed",
      turn: 1,
      title: "scenario:victoryDay2025.event.airports-closed.title",
      text: "scenario:victoryDay2025.event.airports-closed.text",
      effects: [
        { kind: "meter", power: "russia", meter: "economy", delta: -1 },
        { kind: "meter", power: "russia", meter: "support", delta: -1 },
        { kind: "world", key: "warIntensity", delta: 2 },
        { kind: "tally", key: "airportsClosed", delta: 1 },
      ],
    },
    {
      id: "airspace-closed",
      turn: 1,
      title: "scenario:victoryDay2025.event.airspace-closed.title",
      text: "scenario:victoryDay2025.event.airspace-closed.text",
      effects: [
        { kind: "meter", power: "eu", meter: "special", delta: -6 },
        { kind: "relation", a: "eu", b: "russia", delta: -2 },
        { kind: "meter", power: "russia", meter: "standing", delta: 1 },
      ],
    },
    {
      id: "too-much",
      turn: 1,
      title: "scenario:victoryDay2025.event.too-much.title",
      text: "scenario:victoryDay2025.event.too-much.text",
      effects: [
        { kind: "relation", a: "usa", b: "russia", delta: -4 },
        { kind: "relation", a: "usa", b: "ukraine", delta: 2 },
        { kind: "meter", power: "usa", meter: "special", delta: -1 },
      ],
    },
    // Turn 2 (mid-May): how the truce went, told by what happened in this match.
    {
      id: "truce-violations",
      turn: 2,
      if: { kind: "tally", key: "ceasefireBreaches", atLeast: 1 },
      title: "scenario:victoryDay2025.event.truce-violations.title",
      text: "scenario:victoryDay2025.event.truce-violations.text",
      effects: [
        { kind: "trust", from: "ukraine", to: "russia", delta: -4 },
        { kind: "trust", from: "russia", to: "ukraine", delta: -4 },
        { kind: "world", key: "globalTension", delta: 1 },
      ],
    },
    {
      id: "truce-holds",
      turn: 2,
      if: { kind: "tally", key: "ceasefireBreaches", atMost: 0 },
      title: "scenario:victoryDay2025.event.truce-holds.title",
      text: "scenario:victoryDay2025.event.truce-holds.text",
      effects: [{ kind: "world", key: "globalTension", delta: -1 }],
    },
    {
      id: "taiwan-appeal",
      turn: 2,
      title: "scenario:victoryDay2025.event.taiwan-appeal.title",
      text: "scenario:victoryDay2025.event.taiwan-appeal.text",
      effects: [
        { kind: "world", key: "taiwanTension", delta: 5 },
        { kind: "relation", a: "eu", b: "china", delta: -3 },
        { kind: "meter", power: "china", meter: "support", delta: 1 },
      ],
    },
    // Later scripted events.
    {
      id: "thirty-day-demand",
      turn: 3,
      title: "scenario:victoryDay2025.event.thirty-day-demand.title",
      text: "scenario:victoryDay2025.event.thirty-day-demand.text",
      effects: [
        { kind: "meter", power: "ukraine", meter: "standing", delta: 2 },
        { kind: "relation", a: "eu", b: "ukraine", delta: 2 },
      ],
    },
    {
      id: "autumn-visit",
      turn: 8,
      title: "scenario:victoryDay2025.event.autumn-visit.title",
      text: "scenario:victoryDay2025.event.autumn-visit.text",
      effects: [
        { kind: "relation", a: "russia", b: "china", delta: 4 },
        { kind: "relation", a: "usa", b: "china", delta: -2 },
        { kind: "world", key: "globalTension", delta: 1 },
      ],
    },
    // The deck.
    {
      id: "tariffs-raised",
      deck: { weight: 3, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.tariffs-raised.title",
      text: "scenario:victoryDay2025.event.tariffs-raised.text",
      effects: [
        { kind: "sanction", imposer: "usa", target: "china", sector: "trade", level: 3 },
        { kind: "meter", power: "china", meter: "economy", delta: -2 },
        { kind: "meter", power: "china", meter: "special", delta: 3 },
        { kind: "meter", power: "usa", meter: "economy", delta: -1 },
        { kind: "relation", a: "usa", b: "china", delta: -6 },
      ],
    },
    {
      id: "trade-truce",
      deck: { weight: 3, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.trade-truce.title",
      text: "scenario:victoryDay2025.event.trade-truce.text",
      effects: [
        { kind: "sanction", imposer: "usa", target: "china", sector: "trade", level: 1 },
        { kind: "sanction", imposer: "china", target: "usa", sector: "trade", level: 1 },
        { kind: "relation", a: "usa", b: "china", delta: 8 },
        { kind: "meter", power: "china", meter: "economy", delta: 2 },
        { kind: "meter", power: "usa", meter: "economy", delta: 1 },
      ],
    },
    {
      id: "drone-barrage",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.drone-barrage.title",
      text: "scenario:victoryDay2025.event.drone-barrage.text",
      effects: [
        { kind: "meter", power: "ukraine", meter: "economy", delta: -2 },
        { kind: "meter", power: "ukraine", meter: "support", delta: 1 },
        { kind: "world", key: "warIntensity", delta: 5 },
        { kind: "relation", a: "eu", b: "russia", delta: -3 },
      ],
    },
    {
      id: "prisoner-exchange",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.prisoner-exchange.title",
      text: "scenario:victoryDay2025.event.prisoner-exchange.text",
      effects: [
        { kind: "trust", from: "russia", to: "ukraine", delta: 4 },
        { kind: "trust", from: "ukraine", to: "russia", delta: 4 },
        { kind: "relation", a: "russia", b: "ukraine", delta: 3 },
      ],
    },
    {
      id: "oil-slump",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.oil-slump.title",
      text: "scenario:victoryDay2025.event.oil-slump.text",
      effects: [
        { kind: "meter", power: "russia", meter: "economy", delta: -3 },
        { kind: "meter", power: "china", meter: "economy", delta: 1 },
      ],
    },
    {
      id: "aid-fight",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.aid-fight.title",
      text: "scenario:victoryDay2025.event.aid-fight.text",
      effects: [
        { kind: "meter", power: "usa", meter: "special", delta: -4 },
        { kind: "relation", a: "usa", b: "ukraine", delta: -2 },
      ],
    },
    {
      id: "sanctions-package",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.sanctions-package.title",
      text: "scenario:victoryDay2025.event.sanctions-package.text",
      effects: [
        { kind: "sanction", imposer: "eu", target: "russia", sector: "technology", level: 3 },
        { kind: "meter", power: "eu", meter: "special", delta: 2 },
        { kind: "relation", a: "eu", b: "russia", delta: -4 },
      ],
    },
    {
      id: "strait-drills",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.strait-drills.title",
      text: "scenario:victoryDay2025.event.strait-drills.text",
      effects: [
        { kind: "world", key: "taiwanTension", delta: 8 },
        { kind: "world", key: "globalTension", delta: 2 },
        { kind: "relation", a: "usa", b: "china", delta: -4 },
      ],
    },
    {
      id: "grain-corridor",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.grain-corridor.title",
      text: "scenario:victoryDay2025.event.grain-corridor.text",
      effects: [
        { kind: "meter", power: "ukraine", meter: "economy", delta: 3 },
        { kind: "world", key: "globalTension", delta: -2 },
      ],
    },
    {
      id: "veto-threat",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.veto-threat.title",
      text: "scenario:victoryDay2025.event.veto-threat.text",
      effects: [{ kind: "meter", power: "eu", meter: "special", delta: -5 }],
    },
    {
      id: "border-clashes",
      deck: { weight: 2, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.border-clashes.title",
      text: "scenario:victoryDay2025.event.border-clashes.text",
      effects: [
        { kind: "world", key: "warIntensity", delta: 4 },
        { kind: "meter", power: "ukraine", meter: "special", delta: -2 },
        { kind: "meter", power: "russia", meter: "special", delta: -2 },
      ],
    },
    {
      id: "rare-earths",
      deck: { weight: 1, fromTurn: 2, toTurn: 8 },
      title: "scenario:victoryDay2025.event.rare-earths.title",
      text: "scenario:victoryDay2025.event.rare-earths.text",
      effects: [
        { kind: "sanction", imposer: "china", target: "usa", sector: "technology", level: 2 },
        { kind: "meter", power: "usa", meter: "economy", delta: -2 },
        { kind: "meter", power: "eu", meter: "economy", delta: -1 },
        { kind: "relation", a: "usa", b: "china", delta: -4 },
      ],
    },
  ],
};
