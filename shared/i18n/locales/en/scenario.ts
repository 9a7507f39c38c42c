// The scenarios' own words (the scenario file holds their keys): its title, summary and turns, each
// power's leader, briefing, own meter and strengths, the goals, the event cards; and the frame for a
// facilitator's own event, whose words are shown as typed.
export default {
  facilitator: { title: "{{title}}", text: "{{text}}" },
  victoryDay2025: {
    title: "Victory Day 2025",
    summary:
      "May 2025. Xi Jinping is in Moscow for the parade marking 80 years since the end of the Second World War. Russia has declared a three-day truce for the occasion, Kyiv calls it a farce, and Washington, in a trade war with Beijing, is pushing for peace talks. The match ends with Putin's autumn visit to China.",
    turn: {
      parade: "8–10 May: the parade",
      afterParade: "Mid-May: after the parade",
      lateMay: "Late May",
      june: "June",
      july: "July",
      earlyAugust: "Early August",
      lateAugust: "Late August",
      autumn: "Autumn: the visit to China",
    },
    sharedGoal: {
      title: "A lasting ceasefire",
      text_one: "If a ceasefire between Russia and Ukraine holds for a whole turn, every power gains.",
      text_other: "If a ceasefire between Russia and Ukraine holds for {{count}} turns in a row, every power gains.",
    },
    power: {
      russia: {
        leader: "Vladimir Putin",
        briefing:
          "You host the parade and your closest partner. China keeps your economy afloat; the West's sanctions bite; Washington wants a deal and you want business with it, but your demands on Ukraine are high.",
        special: { label: "Military strength", inText: "military strength", text: "Men, equipment and ammunition at the front." },
        strength: { army: "Largest army in the war", lifeline: "China's economic lifeline", thaw: "A US administration open to a thaw" },
      },
      china: {
        leader: "Xi Jinping",
        briefing:
          "On your eleventh visit to Russia you are welcomed as a dear friend. The United States wages a trade war on you; Europe is wary; Kyiv says you aid Moscow's war. You want to weather the tariffs, keep the partnership, and win support for the one-China principle.",
        special: { label: "Trade exposure", inText: "trade exposure", text: "How much tariffs and export controls hurt: lower is safer." },
        strength: { economy: "Second economy of the world", partner: "Russia's indispensable partner", patience: "Patience" },
      },
      usa: {
        leader: "Donald Trump",
        briefing:
          "You are pushing Russia toward peace talks and waging a trade war on China. Your vice-president says Moscow asks for too much. Some in Washington hoped to pull Russia away from China, a reverse Nixon; this week's summit in Moscow suggests otherwise.",
        special: { label: "Political capital", inText: "political capital", text: "Room to act at home: spent on aid and concessions, earned by deals and visits." },
        strength: { economy: "Largest economy", arms: "Ukraine's main arms supplier", tariffs: "Tariffs as leverage" },
      },
      ukraine: {
        leader: "Volodymyr Zelensky",
        briefing:
          "Your foreign minister calls the parade truce a farce: you want at least thirty days of full ceasefire. Your drones closed Moscow's airports on the eve of the parade. You depend on American and European support, and you say China aids Moscow's war.",
        special: { label: "Military strength", inText: "military strength", text: "Men, equipment and ammunition at the front." },
        strength: { support: "Western support", drones: "Long-range drones", sympathy: "International sympathy" },
      },
      eu: {
        leader: "The European Council",
        briefing:
          "One of your member states' leaders flies to Moscow for the parade, detouring around Baltic airspace closed to him. You sanction Russia and support Ukraine, are wary of China, and Taiwan asks you to stand with it.",
        special: { label: "Unity", inText: "unity", text: "How far the member states act as one: a divided union acts with less force." },
        strength: { market: "A large single market", sanctions: "Sanctions that bite", donor: "Ukraine's largest donor" },
      },
    },
    // A goal's numbers are its condition's: {{limit}} (then {{limit2}}) and the value at the start, {{start}}.
    goal: {
      "ru-relief": { title: "Sanctions relief", text: "Hold the sanctions on Russia, all powers together, at {{limit}} levels or fewer ({{start}} at the start)." },
      "ru-gains": { title: "Gain ground", text: "Take ground: the front line at {{limit}}% or less at the end ({{start}}% at the start)." },
      "ru-thaw": { title: "A thaw with Washington", text: "Bring relations with the United States to {{limit}} or better." },
      "ru-divide": { title: "Divide the West", text: "Win back a friend in Europe: relations with the EU at {{limit}} or better ({{start}} at the start)." },
      "ru-brothers": { title: "Brothers in arms", text: "Raise relations with China to {{limit}} or more." },
      "cn-weather": { title: "Weather the trade war", text: "Grow your economy to {{limit}} or above ({{start}} at the start)." },
      "cn-partner": { title: "Keep the partnership", text: "Keep relations with Russia at {{limit}} or above." },
      "cn-truce": { title: "A truce in the trade war", text: "Talk Washington down: relations with the United States at {{limit}} or better ({{start}} at the start)." },
      "cn-europe": { title: "Europe stays open", text: "Keep Europe from following Washington: relations with the EU at {{limit}} or better ({{start}} at the start)." },
      "cn-kyiv": { title: "A neutral broker", text: "Be heard in Kyiv too: relations with Ukraine at {{limit}} or better ({{start}} at the start)." },
      "us-talks": {
        title: "Peace talks",
        text_one: "See a monitored ceasefire between Russia and Ukraine agreed and kept for at least one turn.",
        text_other: "See a monitored ceasefire between Russia and Ukraine agreed and kept for at least {{count}} turns.",
      },
      "us-nixon": { title: "Reverse Nixon", text: "End with Russia–China relations at {{limit}} or less and US–Russia relations at {{limit2}} or better." },
      "us-leverage": { title: "Trade leverage", text: "Raise US sanctions and tariffs on China to {{limit}} levels or more ({{start}} at the start)." },
      "us-energy": { title: "Energy for Europe", text: "Sell Europe your gas and your friendship: US–EU relations at {{limit}} or better ({{start}} at the start)." },
      "us-deal": { title: "A deal with Beijing", text: "Bring US–China relations to {{limit}} or better ({{start}} at the start)." },
      "ua-monitored": {
        title: "A monitored ceasefire",
        text_one: "See a monitored ceasefire agreed and kept for at least one turn.",
        text_other: "See a monitored ceasefire agreed and kept for at least {{count}} turns.",
      },
      "ua-support": { title: "Continued support", text: "Keep relations at {{limit}} or above with the United States and {{limit2}} or above with the EU." },
      "ua-standing": { title: "The world's sympathy", text: "Keep the world on your side: international standing at {{limit}} or more ({{start}} at the start)." },
      "ua-beijing": { title: "Beijing's neutrality", text: "Win China over from Moscow's side: relations with China at {{limit}} or better ({{start}} at the start)." },
      "ua-pressure": { title: "Pressure on Moscow", text: "See sanctions on Russia reach {{limit}} levels or more ({{start}} at the start)." },
      "eu-unity": { title: "Hold together", text: "Keep unity at {{limit}} or above ({{start}} at the start)." },
      "eu-ukraine": { title: "Stand with Ukraine", text: "Bring relations with Ukraine to {{limit}} or above." },
      "eu-autonomy": { title: "Strategic autonomy", text: "Bring relations with China to {{limit}} or better." },
      "eu-sanctions": { title: "Tighten the screws", text: "Raise EU sanctions on Russia to {{limit}} levels or more ({{start}} at the start)." },
      "eu-atlantic": { title: "Keep America in", text: "Hold the alliance together: US–EU relations at {{limit}} or better ({{start}} at the start)." },
    },
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
