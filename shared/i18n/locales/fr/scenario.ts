// French for the scenarios' event cards (see locales/en/scenario.ts).
export default {
  facilitator: { title: "{{title}}", text: "{{text}}" },
  victoryDay2025: {
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
