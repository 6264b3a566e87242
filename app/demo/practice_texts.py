"""Fragments of French text for the demo practices, written for Entraide, one set per theme.

Placeholders filled by app/demo/practices.py: {public} (who the practice serves),
{ville} (a town), {n} (a small number), {mois} (a number of months).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ThemeTexts:
    titles: tuple[str, ...]
    problems: tuple[str, ...]
    steps: tuple[str, ...]
    results: tuple[str, ...]
    indicators: tuple[tuple[str, str, int, int], ...]  # label, unit, typical before, typical after
    lessons: tuple[str, ...]
    tags: tuple[str, ...]


PUBLICS = (
    "les jeunes du quartier",
    "les familles adhérentes",
    "les seniors isolés",
    "les nouveaux arrivants",
    "les parents d'élèves",
    "les habitants du centre-bourg",
    "les étudiants",
    "les demandeurs d'emploi",
    "les adhérents de longue date",
    "les enfants de l'accueil de loisirs",
)
VILLES = (
    "Aurillac",
    "Millau",
    "Quimperlé",
    "Vierzon",
    "Dole",
    "Saint-Dié",
    "Figeac",
    "Lannion",
    "Autun",
    "Briançon",
    "Oloron",
    "Cahors",
    "Guéret",
    "Montbard",
    "Pontivy",
    "Sarlat",
)

THEMES: dict[str, ThemeTexts] = {
    "bénévolat": ThemeTexts(
        titles=(
            "Accueillir les nouveaux bénévoles avec un binôme",
            "Un planning partagé pour les bénévoles",
            "Fidéliser les bénévoles par des missions courtes",
            "Une soirée annuelle pour remercier les bénévoles",
            "Recruter des bénévoles au forum des associations",
            "Le livret d'accueil du bénévole",
        ),
        problems=(
            "Les nouveaux bénévoles venaient une ou deux fois puis ne revenaient plus.",
            "Toujours les mêmes cinq personnes portaient toutes les actions.",
            "Personne ne savait qui était disponible le samedi matin.",
            "Les bénévoles se sentaient peu reconnus après des années d'engagement.",
            "Nous manquions de bras pour les permanences avec {public}.",
        ),
        steps=(
            "Associer chaque nouvel arrivant à un bénévole expérimenté pendant ses {n} premières missions.",
            "Proposer des missions courtes et datées plutôt qu'un engagement sans fin.",
            "Tenir un planning partagé où chacun s'inscrit sur les créneaux qui lui conviennent.",
            "Faire un point de dix minutes après chaque action pour recueillir les ressentis.",
            "Rédiger un livret d'accueil de quatre pages : qui fait quoi, à qui s'adresser.",
            "Organiser une soirée conviviale en fin de saison pour remercier tout le monde.",
            "Tenir un stand au forum des associations de {ville} avec des missions concrètes à proposer.",
            "Nommer un référent bénévolat, interlocuteur unique des nouveaux venus.",
        ),
        results=(
            "Au bout de {mois} mois, la plupart des nouveaux bénévoles étaient toujours là.",
            "Les permanences sont désormais assurées sans appel de dernière minute.",
            "Plusieurs bénévoles ont pris la responsabilité d'une action entière.",
            "L'ambiance de l'équipe s'est nettement améliorée selon les bénévoles eux-mêmes.",
        ),
        indicators=(
            ("Bénévoles actifs", "personnes", 12, 28),
            ("Bénévoles restés après six mois", "%", 35, 70),
            ("Créneaux de permanence non pourvus", "par mois", 9, 2),
        ),
        lessons=(
            "Le binôme ne marche que si le bénévole expérimenté a choisi de l'être.",
            "Une mission courte et bien décrite attire plus qu'un appel général à l'aide.",
            "Remercier coûte peu et compte beaucoup : il faut le prévoir dans le calendrier.",
            "Le planning partagé doit rester simple, sinon personne ne le remplit.",
        ),
        tags=("accueil", "fidélisation", "binôme", "planning", "reconnaissance", "recrutement"),
    ),
    "financement": ThemeTexts(
        titles=(
            "Monter un dossier de subvention à plusieurs associations",
            "Lancer une cagnotte en ligne locale",
            "Un repas solidaire pour financer le projet",
            "Trouver un mécène parmi les commerçants",
            "Diversifier les ressources avec des prestations",
            "Préparer le budget prévisionnel en équipe",
        ),
        problems=(
            "La subvention municipale baissait chaque année et couvrait mal nos frais fixes.",
            "Notre trésorier passait ses soirées sur des dossiers de financement refusés.",
            "Nous dépendions d'un seul financeur pour l'action avec {public}.",
            "Le projet de local partagé à {ville} manquait de fonds propres.",
            "Les cotisations ne suffisaient plus à payer l'assurance et le matériel.",
        ),
        steps=(
            "Réunir trois associations voisines pour déposer un dossier commun auprès du département.",
            "Lister les dépenses par poste et chiffrer la part que chaque financeur peut prendre.",
            "Rencontrer les commerçants du centre de {ville} avec une plaquette d'une page.",
            "Organiser un repas solidaire préparé par les bénévoles, avec une tombola.",
            "Ouvrir une cagnotte en ligne avec un objectif clair et des nouvelles régulières.",
            "Proposer des ateliers payants aux entreprises pour financer les ateliers gratuits.",
            "Préparer le budget prévisionnel à plusieurs, bureau et responsables d'activités.",
            "Envoyer un compte rendu chiffré à chaque financeur à la fin de l'action.",
        ),
        results=(
            "Le dossier commun a été retenu pour {n} ans, avec un montant plus élevé qu'espéré.",
            "La part des financements privés a nettement progressé dans le budget.",
            "Le repas solidaire est devenu un rendez-vous attendu du quartier.",
            "Les financeurs ont renouvelé leur soutien grâce aux comptes rendus envoyés.",
        ),
        indicators=(
            ("Fonds propres", "€", 1800, 6400),
            ("Financeurs différents", "structures", 2, 6),
            ("Part de la subvention principale dans le budget", "%", 80, 45),
        ),
        lessons=(
            "Un dossier commun demande un coordinateur désigné dès le départ.",
            "Les mécènes locaux préfèrent un projet concret à une demande de fonctionnement.",
            "Rendre compte aux financeurs prépare la demande suivante.",
            "Ne pas sous-estimer le temps bénévole passé sur la collecte de fonds.",
        ),
        tags=("subvention", "mécénat", "budget", "cagnotte", "trésorerie", "autofinancement"),
    ),
    "communication": ThemeTexts(
        titles=(
            "Une lettre d'information mensuelle qui est lue",
            "Animer la page de l'association sans s'épuiser",
            "Des affiches réalisées avec les habitants",
            "Parler de nos actions à la radio locale",
            "Un calendrier éditorial partagé",
            "Refaire le site de l'association en un week-end",
        ),
        problems=(
            "Nos événements attiraient toujours le même petit cercle d'adhérents.",
            "La page de l'association n'avait pas été mise à jour depuis des mois.",
            "{public} ne savaient pas que nos activités étaient gratuites.",
            "Chaque bénévole communiquait de son côté, avec des messages contradictoires.",
            "La presse locale de {ville} ne reprenait jamais nos annonces.",
        ),
        steps=(
            "Fixer un calendrier éditorial trimestriel avec un sujet par semaine.",
            "Écrire une lettre d'information courte : trois nouvelles, une date, une photo.",
            "Confier la page de l'association à un binôme qui change tous les {n} mois.",
            "Réaliser les affiches lors d'un atelier ouvert avec {public}.",
            "Préparer un communiqué d'une page et appeler directement le correspondant local.",
            "Choisir un outil de création de site simple et former deux bénévoles.",
            "Rassembler les photos dans un dossier partagé avec l'accord écrit des personnes.",
            "Mesurer chaque mois les ouvertures de la lettre et les visites du site.",
        ),
        results=(
            "La lettre d'information est ouverte par plus de la moitié des destinataires.",
            "De nouveaux visages sont venus à chaque événement depuis la rentrée.",
            "La radio locale nous invite désormais à chaque saison.",
            "Les messages de l'association sont cohérents d'un support à l'autre.",
        ),
        indicators=(
            ("Abonnés à la lettre d'information", "personnes", 140, 520),
            ("Taux d'ouverture de la lettre", "%", 22, 54),
            ("Participants aux événements", "personnes", 35, 90),
        ),
        lessons=(
            "Mieux vaut une lettre courte et régulière qu'une longue lettre rare.",
            "Les affiches faites avec les habitants circulent beaucoup mieux.",
            "Le droit à l'image se règle avant la photo, pas après.",
            "Un calendrier éditorial évite la panne d'idées mais doit rester souple.",
        ),
        tags=(
            "lettre d'information",
            "réseaux sociaux",
            "presse locale",
            "affiches",
            "site internet",
            "radio",
        ),
    ),
    "gouvernance": ThemeTexts(
        titles=(
            "Une présidence collégiale à trois",
            "Préparer l'assemblée générale avec les adhérents",
            "Renouveler le conseil d'administration sans crise",
            "Des réunions de bureau plus courtes",
            "Écrire un règlement intérieur compréhensible",
            "Transmettre la trésorerie en douceur",
        ),
        problems=(
            "Le président portait tout seul l'association depuis douze ans et voulait passer la main.",
            "L'assemblée générale réunissait à peine le quorum.",
            "Les réunions du bureau duraient trois heures et décidaient peu.",
            "Personne ne voulait devenir trésorier après le départ du précédent.",
            "Les statuts ne correspondaient plus à nos activités avec {public}.",
        ),
        steps=(
            "Proposer une présidence collégiale de trois personnes avec des rôles écrits.",
            "Envoyer l'ordre du jour {n} semaines avant et recueillir les questions des adhérents.",
            "Limiter les réunions de bureau à une heure avec un ordre du jour minuté.",
            "Organiser un tuilage de six mois entre l'ancien et le nouveau trésorier.",
            "Relire les statuts en petit groupe et proposer les modifications en assemblée extraordinaire.",
            "Tenir un relevé de décisions partagé plutôt qu'un long compte rendu.",
            "Animer l'assemblée générale en ateliers plutôt qu'en rapports lus à la tribune.",
            "Inviter un administrateur d'une association voisine de {ville} à témoigner.",
        ),
        results=(
            "Trois nouveaux administrateurs ont rejoint le conseil cette année.",
            "L'assemblée générale a réuni deux fois plus d'adhérents que l'an passé.",
            "Les décisions sont prises plus vite et mieux suivies.",
            "La transmission de la trésorerie s'est faite sans perte d'information.",
        ),
        indicators=(
            ("Adhérents présents à l'assemblée générale", "personnes", 18, 47),
            ("Durée moyenne des réunions de bureau", "minutes", 170, 65),
            ("Administrateurs", "personnes", 5, 9),
        ),
        lessons=(
            "La collégialité demande des rôles clairs, sinon chacun attend l'autre.",
            "Un tuilage long rassure ceux qui hésitent à prendre une responsabilité.",
            "Le relevé de décisions est plus utile qu'un compte rendu exhaustif.",
            "Les adhérents viennent quand ils ont quelque chose à décider.",
        ),
        tags=("assemblée générale", "conseil d'administration", "statuts", "collégialité", "transmission"),
    ),
    "formation": ThemeTexts(
        titles=(
            "Un cycle de formations partagé entre associations",
            "Former les bénévoles aux premiers secours",
            "Des ateliers courts entre pairs",
            "Former les animateurs à l'accueil de tous les publics",
            "Une formation à la comptabilité associative",
            "Le tutorat pour les nouveaux formateurs",
        ),
        problems=(
            "Chaque association payait seule des formations auxquelles venaient trois personnes.",
            "Les bénévoles n'osaient pas animer les ateliers faute de formation.",
            "Personne n'était formé aux premiers secours lors de nos sorties avec {public}.",
            "Les nouveaux trésoriers découvraient la comptabilité en cours d'exercice.",
            "Les formations proposées à {ville} étaient trop loin ou trop chères.",
        ),
        steps=(
            "Recenser les besoins de formation de {n} associations par un court questionnaire.",
            "Mutualiser le coût du formateur et accueillir les sessions à tour de rôle.",
            "Proposer des ateliers de deux heures le samedi matin plutôt que des journées entières.",
            "Faire animer une partie des sessions par des bénévoles formés l'année précédente.",
            "Remettre à chacun une fiche mémo d'une page à la fin de chaque formation.",
            "Organiser la formation aux premiers secours avec l'antenne locale de secourisme.",
            "Associer chaque nouveau formateur à un tuteur pour ses premières sessions.",
            "Évaluer chaque session avec trois questions simples et ajuster la suivante.",
        ),
        results=(
            "Le coût par participant a été divisé par trois grâce à la mutualisation.",
            "Chaque sortie compte désormais au moins deux personnes formées aux premiers secours.",
            "Des bénévoles formés animent à leur tour des ateliers.",
            "Les trésoriers des associations partenaires s'entraident toute l'année.",
        ),
        indicators=(
            ("Personnes formées", "personnes", 8, 46),
            ("Coût par participant", "€", 120, 38),
            ("Sessions organisées", "par an", 2, 9),
        ),
        lessons=(
            "Les formations courtes et proches attirent bien plus de monde.",
            "Mutualiser demande un calendrier fixé très tôt dans l'année.",
            "Les pairs formés deviennent les meilleurs formateurs.",
            "Une fiche mémo prolonge la formation bien au-delà de la session.",
        ),
        tags=(
            "premiers secours",
            "mutualisation",
            "tutorat",
            "ateliers",
            "comptabilité",
            "montée en compétences",
        ),
    ),
    "partenariats": ThemeTexts(
        titles=(
            "Partager un local avec deux associations",
            "Une convention avec la mairie pour les salles",
            "Mutualiser le matériel festif du canton",
            "Un projet commun avec le collège",
            "Travailler avec les commerçants du marché",
            "Un réseau d'entraide entre associations sportives",
        ),
        problems=(
            "Trois associations louaient chacune une salle une soirée par semaine.",
            "Nos relations avec la mairie de {ville} dépendaient d'un seul élu.",
            "Chaque association achetait son propre barnum, utilisé deux fois par an.",
            "Le collège cherchait des partenaires pour un projet avec {public}.",
            "Les associations du canton organisaient leurs fêtes le même week-end.",
        ),
        steps=(
            "Réunir les associations concernées autour d'un inventaire de leurs besoins et de leurs moyens.",
            "Rédiger une convention de partenariat qui précise les engagements de chacun.",
            "Tenir un calendrier commun des événements du canton.",
            "Créer un inventaire partagé du matériel avec des règles de prêt simples.",
            "Désigner un référent par structure partenaire et se voir tous les {n} mois.",
            "Présenter le projet commun au conseil municipal avec un budget partagé.",
            "Faire un bilan écrit à la fin de chaque action commune.",
            "Signer une charte de bon usage du local partagé.",
        ),
        results=(
            "Le local partagé est occupé six soirs sur sept et coûte moins cher à chacun.",
            "La convention a sécurisé l'accès aux salles pour {n} ans.",
            "Le matériel mutualisé a évité plusieurs achats en double.",
            "Les fêtes du canton ne se font plus concurrence.",
        ),
        indicators=(
            ("Associations partenaires", "structures", 2, 7),
            ("Coût annuel du local par association", "€", 2400, 900),
            ("Prêts de matériel entre associations", "par an", 3, 31),
        ),
        lessons=(
            "Une convention écrite évite les malentendus quand les personnes changent.",
            "Le partenariat tient quand chacun y trouve un intérêt concret.",
            "Un référent par structure vaut mieux qu'une grande réunion rare.",
            "Le bilan commun est le moment où l'on décide de continuer.",
        ),
        tags=("convention", "mutualisation", "local partagé", "mairie", "collège", "prêt de matériel"),
    ),
    "numérique": ThemeTexts(
        titles=(
            "Passer aux adhésions en ligne",
            "Des ateliers numériques pour les seniors",
            "Un outil partagé pour les documents de l'association",
            "Sauvegarder les données de l'association",
            "La visioconférence pour les réunions du conseil",
            "Protéger les données personnelles des adhérents",
        ),
        problems=(
            "Les adhésions papier prenaient des semaines à saisir chaque rentrée.",
            "{public} se trouvaient démunis face aux démarches en ligne.",
            "Les documents de l'association étaient dispersés sur les ordinateurs personnels.",
            "Un disque dur en panne nous a fait perdre deux ans de photos et de comptes.",
            "Les administrateurs éloignés de {ville} ne pouvaient pas venir aux réunions.",
        ),
        steps=(
            "Choisir un outil d'adhésion en ligne avec paiement et reçu automatique.",
            "Garder une permanence papier pour ceux qui ne sont pas à l'aise avec l'écran.",
            "Organiser des ateliers de {n} séances en petits groupes, avec des tablettes prêtées.",
            "Ranger les documents dans un espace partagé avec une arborescence décidée ensemble.",
            "Mettre en place une sauvegarde automatique chaque semaine sur deux supports.",
            "Tenir le registre des traitements de données et limiter l'accès aux fichiers d'adhérents.",
            "Tester la visioconférence avec chaque administrateur avant la première réunion.",
            "Écrire une page de consignes simples pour les outils choisis.",
        ),
        results=(
            "Les adhésions de la rentrée ont été enregistrées en deux semaines au lieu de deux mois.",
            "Les participants des ateliers font désormais seuls leurs démarches courantes.",
            "Tout le monde retrouve les documents sans passer par le secrétaire.",
            "Les réunions du conseil réunissent enfin tous les administrateurs.",
        ),
        indicators=(
            ("Adhésions enregistrées en ligne", "%", 0, 72),
            ("Participants aux ateliers numériques", "personnes", 6, 38),
            ("Temps de saisie des adhésions", "heures", 40, 6),
        ),
        lessons=(
            "Garder une porte d'entrée papier évite d'exclure une partie des adhérents.",
            "Un outil simple bien expliqué vaut mieux qu'un outil complet que personne n'utilise.",
            "La sauvegarde se vérifie en restaurant un fichier, pas en y croyant.",
            "Les ateliers en petits groupes donnent confiance bien plus vite.",
        ),
        tags=(
            "adhésion en ligne",
            "inclusion numérique",
            "sauvegarde",
            "RGPD",
            "visioconférence",
            "outils partagés",
        ),
    ),
}
