// French for the scenarios' own words: title, summary, turns, powers, goals, event cards (see locales/en/scenario.ts).
export default {
  facilitator: { title: "{{title}}", text: "{{text}}" },
  victoryDay2025: {
    title: "Jour de la Victoire 2025",
    summary:
      "Mai 2025. Xi Jinping est à Moscou pour le défilé marquant les 80 ans de la fin de la Seconde Guerre mondiale. La Russie a décrété une trêve de trois jours pour l'occasion, Kyiv parle d'une farce, et Washington, en pleine guerre commerciale avec Pékin, pousse à des pourparlers de paix. La partie se termine par la visite de Poutine en Chine à l'automne.",
    turn: {
      parade: "8–10 mai : le défilé",
      afterParade: "Mi-mai : après le défilé",
      lateMay: "Fin mai",
      june: "Juin",
      july: "Juillet",
      earlyAugust: "Début août",
      lateAugust: "Fin août",
      autumn: "Automne : la visite en Chine",
    },
    sharedGoal: {
      title: "Un cessez-le-feu durable",
      text_one: "Si un cessez-le-feu entre la Russie et l'Ukraine tient un tour entier, toutes les puissances y gagnent.",
      text_many: "Si un cessez-le-feu entre la Russie et l'Ukraine tient {{count}} tours d'affilée, toutes les puissances y gagnent.",
      text_other: "Si un cessez-le-feu entre la Russie et l'Ukraine tient {{count}} tours d'affilée, toutes les puissances y gagnent.",
    },
    power: {
      russia: {
        leader: "Vladimir Poutine",
        briefing:
          "Vous accueillez le défilé et votre plus proche partenaire. La Chine maintient votre économie à flot ; les sanctions occidentales font mal ; Washington veut un accord et vous voulez faire des affaires avec lui, mais vos exigences envers l'Ukraine sont élevées.",
        special: { label: "Puissance militaire", inText: "puissance militaire", text: "Hommes, matériel et munitions au front." },
        strength: { army: "La plus grande armée de cette guerre", lifeline: "La bouée de sauvetage économique chinoise", thaw: "Une administration américaine ouverte au dégel" },
      },
      china: {
        leader: "Xi Jinping",
        briefing:
          "Pour votre onzième visite en Russie, vous êtes accueilli en ami cher. Les États-Unis vous livrent une guerre commerciale ; l'Europe se méfie ; Kyiv affirme que vous aidez Moscou à faire la guerre. Vous voulez tenir face aux droits de douane, préserver le partenariat et rallier des soutiens au principe d'une seule Chine.",
        special: { label: "Exposition commerciale", inText: "exposition commerciale", text: "À quel point les droits de douane et les contrôles à l'exportation font mal : plus c'est bas, plus c'est sûr." },
        strength: { economy: "Deuxième économie mondiale", partner: "Partenaire indispensable de la Russie", patience: "La patience" },
      },
      usa: {
        leader: "Donald Trump",
        briefing:
          "Vous poussez la Russie vers des pourparlers de paix et menez une guerre commerciale contre la Chine. Votre vice-président dit que Moscou en demande trop. Certains à Washington espéraient détacher la Russie de la Chine, un Nixon à l'envers ; le sommet de cette semaine à Moscou suggère le contraire.",
        special: { label: "Capital politique", inText: "capital politique", text: "Votre marge d'action intérieure : dépensée en aide et en concessions, gagnée par les accords et les visites." },
        strength: { economy: "Première économie mondiale", arms: "Principal fournisseur d'armes de l'Ukraine", tariffs: "Les droits de douane comme levier" },
      },
      ukraine: {
        leader: "Volodymyr Zelensky",
        briefing:
          "Votre ministre des Affaires étrangères qualifie la trêve du défilé de farce : vous voulez au moins trente jours de cessez-le-feu complet. Vos drones ont fermé les aéroports de Moscou à la veille du défilé. Vous dépendez du soutien américain et européen, et vous affirmez que la Chine aide Moscou à faire la guerre.",
        special: { label: "Puissance militaire", inText: "puissance militaire", text: "Hommes, matériel et munitions au front." },
        strength: { support: "Le soutien occidental", drones: "Des drones à longue portée", sympathy: "La sympathie internationale" },
      },
      eu: {
        leader: "Le Conseil européen",
        briefing:
          "Le dirigeant de l'un de vos États membres se rend à Moscou pour le défilé en contournant l'espace aérien balte, qui lui est fermé. Vous sanctionnez la Russie et soutenez l'Ukraine, vous vous méfiez de la Chine, et Taïwan vous demande de vous tenir à ses côtés.",
        special: { label: "Unité", inText: "unité", text: "À quel point les États membres agissent d'une seule voix : une Union divisée agit avec moins de force." },
        strength: { market: "Un grand marché unique", sanctions: "Des sanctions qui mordent", donor: "Premier donateur de l'Ukraine" },
      },
    },
    goal: {
      "ru-relief": { title: "Allègement des sanctions", text: "Maintenir les sanctions contre la Russie, toutes puissances confondues, à {{limit}} niveaux ou moins ({{start}} au départ)." },
      "ru-gains": { title: "Gagner du terrain", text: "Prendre du terrain : la ligne de front à {{limit}} % ou moins à la fin ({{start}} % au départ)." },
      "ru-thaw": { title: "Un dégel avec Washington", text: "Porter les relations avec les États-Unis à {{limit}} ou mieux." },
      "ru-divide": { title: "Diviser l'Occident", text: "Regagner un ami en Europe : relations avec l'UE à {{limit}} ou mieux ({{start}} au départ)." },
      "ru-brothers": { title: "Frères d'armes", text: "Porter les relations avec la Chine à {{limit}} ou plus." },
      "cn-weather": { title: "Tenir bon dans la guerre commerciale", text: "Porter votre économie à {{limit}} ou plus ({{start}} au départ)." },
      "cn-partner": { title: "Préserver le partenariat", text: "Maintenir les relations avec la Russie à {{limit}} ou plus." },
      "cn-truce": { title: "Une trêve dans la guerre commerciale", text: "Apaiser Washington : relations avec les États-Unis à {{limit}} ou mieux ({{start}} au départ)." },
      "cn-europe": { title: "L'Europe reste ouverte", text: "Empêcher l'Europe de suivre Washington : relations avec l'UE à {{limit}} ou mieux ({{start}} au départ)." },
      "cn-kyiv": { title: "Un médiateur neutre", text: "Être entendu à Kyiv aussi : relations avec l'Ukraine à {{limit}} ou mieux ({{start}} au départ)." },
      "us-talks": {
        title: "Pourparlers de paix",
        text_one: "Obtenir qu'un cessez-le-feu surveillé entre la Russie et l'Ukraine soit conclu et respecté pendant au moins un tour.",
        text_many: "Obtenir qu'un cessez-le-feu surveillé entre la Russie et l'Ukraine soit conclu et respecté pendant au moins {{count}} tours.",
        text_other: "Obtenir qu'un cessez-le-feu surveillé entre la Russie et l'Ukraine soit conclu et respecté pendant au moins {{count}} tours.",
      },
      "us-nixon": { title: "Nixon à l'envers", text: "Finir avec des relations russo-chinoises à {{limit}} ou moins et des relations américano-russes à {{limit2}} ou mieux." },
      "us-leverage": { title: "Levier commercial", text: "Porter les sanctions et droits de douane américains contre la Chine à {{limit}} niveaux ou plus ({{start}} au départ)." },
      "us-energy": { title: "De l'énergie pour l'Europe", text: "Vendre à l'Europe votre gaz et votre amitié : relations entre les États-Unis et l'UE à {{limit}} ou mieux ({{start}} au départ)." },
      "us-deal": { title: "Un accord avec Pékin", text: "Porter les relations sino-américaines à {{limit}} ou mieux ({{start}} au départ)." },
      "ua-monitored": {
        title: "Un cessez-le-feu surveillé",
        text_one: "Obtenir un cessez-le-feu surveillé, conclu et respecté pendant au moins un tour.",
        text_many: "Obtenir un cessez-le-feu surveillé, conclu et respecté pendant au moins {{count}} tours.",
        text_other: "Obtenir un cessez-le-feu surveillé, conclu et respecté pendant au moins {{count}} tours.",
      },
      "ua-support": { title: "Un soutien durable", text: "Maintenir les relations à {{limit}} ou plus avec les États-Unis et à {{limit2}} ou plus avec l'UE." },
      "ua-standing": { title: "La sympathie du monde", text: "Garder le monde de votre côté : prestige international à {{limit}} ou plus ({{start}} au départ)." },
      "ua-beijing": { title: "La neutralité de Pékin", text: "Détacher la Chine de Moscou : relations avec la Chine à {{limit}} ou mieux ({{start}} au départ)." },
      "ua-pressure": { title: "Pression sur Moscou", text: "Voir les sanctions contre la Russie atteindre {{limit}} niveaux ou plus ({{start}} au départ)." },
      "eu-unity": { title: "Rester unis", text: "Maintenir l'unité à {{limit}} ou plus ({{start}} au départ)." },
      "eu-ukraine": { title: "Aux côtés de l'Ukraine", text: "Porter les relations avec l'Ukraine à {{limit}} ou plus." },
      "eu-autonomy": { title: "Autonomie stratégique", text: "Porter les relations avec la Chine à {{limit}} ou mieux." },
      "eu-sanctions": { title: "Serrer la vis", text: "Porter les sanctions de l'UE contre la Russie à {{limit}} niveaux ou plus ({{start}} au départ)." },
      "eu-atlantic": { title: "Garder l'Amérique à bord", text: "Maintenir l'alliance : relations entre les États-Unis et l'UE à {{limit}} ou mieux ({{start}} au départ)." },
    },
    event: {
      "state-visit": {
        title: "Xi Jinping arrive à Moscou en visite d'État",
        text: "Pour sa onzième visite en Russie, l'avion de Xi est escorté par des chasseurs russes et une fanfare militaire l'accueille au Kremlin. Suivent près de quatre heures d'entretiens : « approfondis, amicaux et fructueux », selon Xi ; « chaleureux et substantiels », selon Poutine.",
      },
      "dual-containment-statement": {
        title: "Moscou et Pékin signent une déclaration commune contre le « double endiguement »",
        text: "Une longue déclaration commune promet des liens plus étroits dans tous les domaines, militaire compris, et une coordination contre ce que les deux pays appellent le double endiguement de la Russie et de la Chine par Washington. L'article publié par Xi met en garde contre l'unilatéralisme, l'hégémonie et l'intimidation.",
      },
      "parade-truce": {
        title: "La Russie déclare une trêve de trois jours pour le défilé",
        text: "Le cessez-le-feu unilatéral de Moscou entre en vigueur jeudi et court jusqu'à la fin des célébrations. Le ministre ukrainien des Affaires étrangères parle d'une farce et réclame plutôt au moins trente jours de cessez-le-feu complet.",
      },
      "airports-closed": {
        title: "Des drones ferment les aéroports de Moscou à la veille du défilé",
        text: "Des attaques de drones ukrainiens forcent la plupart des aéroports de Moscou à fermer mercredi, deux jours avant le défilé.",
      },
      "airspace-closed": {
        title: "L'espace aérien balte fermé à un dirigeant européen en route pour le défilé",
        text: "Seul dirigeant de l'UE présent au défilé, le Premier ministre slovaque doit faire un détour par la Hongrie, la Roumanie, la mer Noire, la Géorgie et le Daghestan après que les États baltes ont fermé leur espace aérien à son vol. Le président serbe est lui aussi dérouté. La division de l'Union s'étale au grand jour.",
      },
      "too-much": {
        title: "Washington juge que Moscou en demande trop",
        text: "En début de semaine, le vice-président américain a déclaré que la Russie demandait « trop » dans ses négociations avec l'Ukraine. Washington continue de pousser Moscou vers des pourparlers de paix.",
      },
      "truce-violations": {
        title: "Kyiv et Moscou s'accusent mutuellement de violer la trêve",
        text: "Kyiv a compté 734 violations et 63 assauts, dont 23 encore en cours, entre minuit et midi le premier jour de la trêve ; Moscou affirme que les forces ukrainiennes ont tenté à deux reprises de franchir la frontière dans la région de Koursk.",
      },
      "truce-holds": {
        title: "La trêve du défilé tient dans l'ensemble",
        text: "Les deux camps signalent des incidents isolés, mais les trois jours passent sans assaut majeur. Kyiv, qui avait qualifié la trêve de farce, réclame de nouveau au moins trente jours de cessez-le-feu complet.",
      },
      "taiwan-appeal": {
        title: "Taipei demande à l'Europe de se tenir aux côtés de Taïwan",
        text: "Dans un discours prononcé à Taipei la semaine du défilé, le président taïwanais a demandé aux dirigeants européens de se tenir aux côtés de Taïwan face à ce qu'il a appelé un nouveau bloc totalitaire. Les dirigeants occidentaux craignent que la Chine ne s'en prenne à Taïwan d'ici quelques années, en prenant la guerre en Ukraine pour modèle.",
      },
      "thirty-day-demand": {
        title: "L'Ukraine réitère sa demande d'un cessez-le-feu complet de trente jours",
        text: "Kyiv répète qu'elle veut au moins trente jours de cessez-le-feu complet, et non des trêves de quelques jours.",
      },
      "autumn-visit": {
        title: "Poutine se rend en Chine pour l'anniversaire de la défaite du Japon",
        text: "Comme annoncé en mai, le président russe se rend en Chine à l'automne pour l'anniversaire de la fin de la Seconde Guerre mondiale en Asie. Le dernier tour commence.",
      },
      "tariffs-raised": {
        title: "La guerre commerciale s'intensifie",
        text: "Washington relève encore les droits de douane sur les produits chinois ; Pékin riposte de la même manière.",
      },
      "trade-truce": {
        title: "Une trêve dans la guerre commerciale",
        text: "Après des pourparlers dans une capitale neutre, Washington et Pékin réduisent leurs droits de douane pour quatre-vingt-dix jours.",
      },
      "drone-barrage": {
        title: "La plus grande attaque de drones de la guerre frappe Kyiv",
        text: "Des centaines de drones et de missiles frappent les villes ukrainiennes pendant la nuit.",
      },
      "prisoner-exchange": {
        title: "Un important échange de prisonniers",
        text: "La Russie et l'Ukraine échangent des centaines de prisonniers de guerre, un rare point d'accord.",
      },
      "oil-slump": {
        title: "Les prix du pétrole s'effondrent",
        text: "La chute des prix du pétrole pèse sur le budget russe et rend les importations chinoises moins chères.",
      },
      "aid-fight": {
        title: "Le Congrès se déchire sur l'aide à l'Ukraine",
        text: "Un vote acharné sur l'aide à l'Ukraine coûte à la Maison-Blanche des soutiens au Capitole.",
      },
      "sanctions-package": {
        title: "Bruxelles adopte un nouveau paquet de sanctions",
        text: "Après de longs marchandages, les États membres s'accordent sur de nouvelles restrictions aux importations russes de technologies.",
      },
      "strait-drills": {
        title: "Des manœuvres militaires encerclent Taïwan",
        text: "Les forces chinoises mènent de grands exercices autour de l'île.",
      },
      "grain-corridor": {
        title: "Le trafic maritime reprend en mer Noire",
        text: "Des navires céréaliers quittent les ports ukrainiens en nombre, du jamais-vu depuis des mois.",
      },
      "veto-threat": {
        title: "Un État membre menace d'opposer son veto",
        text: "Un gouvernement de l'UE menace de bloquer le renouvellement des sanctions s'il n'obtient pas de concessions.",
      },
      "border-clashes": {
        title: "De violents combats à la frontière de Koursk",
        text: "Les deux camps font état de lourdes pertes dans des affrontements le long de la frontière.",
      },
      "rare-earths": {
        title: "Pékin restreint ses exportations de terres rares",
        text: "La Chine limite ses exportations de terres rares, indispensables à l'industrie occidentale.",
      },
    },
  },
};
