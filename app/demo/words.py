"""Word lists for the demo data: French names, places and organisation name patterns.

Kept apart from app/demo/generator.py so that the generator stays readable. Lists are
written as "|"-separated strings to keep this file short; repeated entries weight
the draw (common names and big towns come up more often).
"""

from __future__ import annotations

import zlib


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


WOMEN_FIRST_NAMES = _split("""
Marie|Marie|Nathalie|Isabelle|Sylvie|Catherine|Françoise|Martine|Christine|Monique|Valérie|Sandrine|
Stéphanie|Hélène|Hélène|Céline|Sophie|Julie|Aurélie|Émilie|Camille|Léa|Manon|Chloé|Inès|Zoé|Océane|
Élodie|Mélanie|Agnès|Bérénice|Noémie|Anaïs|Maëlle|Gaëlle|Clémence|Léonie|Jeanne|Louise|Josiane|
Danièle|Geneviève|Mireille|Cécile|Brigitte|Annick|Fatima|Amina|Yasmine|Nadia|Marie-Claude|Anne-Sophie|
Solène|Margaux|Elsa|Lucie|Pauline|Laëtitia|Ségolène|Maïwenn|Awa|Aïcha
""")
MEN_FIRST_NAMES = _split("""
Jean|Jean|Pierre|Michel|Philippe|Alain|Nicolas|Christophe|Patrick|Laurent|Frédéric|Éric|Stéphane|
David|Olivier|Thierry|Pascal|Jérôme|Jérôme|Sébastien|François|Julien|Thomas|Antoine|Hugo|Lucas|Théo|
Mathéo|Gaël|Gaël|Loïc|Joël|Noël|Raphaël|Mickaël|Benoît|Jérémy|Rémi|Grégoire|André|Gérard|René|Hervé|
Étienne|Aurélien|Maxime|Karim|Mehdi|Yannick|Hakim|Mamadou|Jean-Pierre|Jean-Luc|Jean-François|Cédric|
Fabrice|Ludovic|Mathis|Nathan|Bastien|Quentin|Yves|Bernard|Kévin|Anthony|Enzo|Baptiste
""")
FIRST_NAMES = WOMEN_FIRST_NAMES + MEN_FIRST_NAMES  # women first: the order the draws were made in

LAST_NAMES = _split("""
Martin|Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Dubois|Moreau|Laurent|Simon|Michel|Lefèvre|
Lefèvre|Leroy|Roux|David|Bertrand|Morel|Fournier|Girard|Bonnet|Dupont|Dupont|Lambert|Fontaine|Rousseau|
Vincent|Muller|Lefebvre|Faure|André|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|François|Legrand|
Gauthier|Garcia|Perrin|Robin|Clément|Morin|Nicolas|Henry|Roussel|Mathieu|Gautier|Masson|Marchand|
Duval|Denis|Dumont|Lemaire|Noël|Meyer|Dufour|Meunier|Brun|Blanchard|Giraud|Joly|Rivière|Lucas|
Brunet|Gaillard|Barbier|Arnaud|Martinez|Gérard|Roche|Renard|Schmitt|Roy|Leroux|Colin|Vidal|Caron|
Picard|Roger|Fabre|Aubert|Lemoine|Renaud|Dumas|Lacroix|Olivier|Philippe|Bourgeois|Pierre|Benoît|Rey|
Leclerc|Payet|Rolland|Leclercq|Guillaume|Lecomte|Lopez|Dupuy|Guillot|Hubert|Berger|Carpentier|
Sanchez|Dupuis|Moulin|Deschamps|Huet|Vasseur|Perez|Boucher|Fleury|Royer|Klein|Jacquet|Adam|Poirier|
Marty|Aubry|Guyot|Carré|Charpentier|Ménard|Maillard|Baron|Bertin|Bailly|Hervé|Schneider|Fernandez|
Le Gall|Collet|Léger|Bouvier|Prévost|Millet|Perrot|Le Roux|Cousin|Germain|Breton|Besson|Langlois|
Rémy|Le Goff|Pelletier|Lévêque|Perrier|Leblanc|Barré|Lebrun|Marchal|Weber|Mallet|Hamon|Boulanger|
Monnier|Michaud|Rodriguez|Guichard|Gillet|Étienne|Grondin|Poulain|Tessier|Chevallier|Chauvin|
Da Silva|Bouchet|Lemaître|Bénard|Maréchal|Humbert|Reynaud|Hoarau|Perret|Barthélemy|Cordier|Pichon|
Lejeune|Gilbert|Lamy|Delaunay|Pasquier|Carlier|Laporte|Benali|Diallo|Traoré|Nguyen|Haddad|Kaya
""")

# "Town postcode"; big towns appear several times, with several postcodes.
TOWNS = tuple(
    entry.rsplit(" ", 1)
    for entry in _split("""
Paris 75011|Paris 75018|Paris 75020|Paris 75013|Paris 75010|Paris 75019|Lyon 69003|Lyon 69007|
Lyon 69008|Marseille 13005|Marseille 13013|Marseille 13001|Toulouse 31000|Toulouse 31400|Nantes 44000|
Nantes 44300|Bordeaux 33000|Bordeaux 33800|Lille 59000|Rennes 35000|Strasbourg 67000|Montpellier 34000|
Nice 06000|Grenoble 38000|Villeurbanne 69100|Saint-Étienne 42000|Dijon 21000|Angers 49000|Nîmes 30000|
Clermont-Ferrand 63000|Le Mans 72000|Aix-en-Provence 13100|Brest 29200|Tours 37000|Amiens 80000|
Limoges 87000|Metz 57000|Besançon 25000|Perpignan 66000|Orléans 45000|Rouen 76000|Caen 14000|
Mulhouse 68100|Nancy 54000|Roubaix 59100|Tourcoing 59200|Avignon 84000|Poitiers 86000|Pau 64000|
La Rochelle 17000|Le Havre 76600|Reims 51100|Toulon 83000|Annecy 74000|Chambéry 73000|Valence 26000|
Montreuil 93100|Saint-Denis 93200|Vitry-sur-Seine 94400|Créteil 94000|Ivry-sur-Seine 94200|
Nanterre 92000|Argenteuil 95100|Aubervilliers 93300|Vénissieux 69200|Bron 69500|Vaulx-en-Velin 69120|
Villefranche-sur-Saône 69400|Échirolles 38130|Saint-Martin-d'Hères 38400|Rezé 44400|
Saint-Herblain 44800|Saint-Nazaire 44600|Cholet 49300|Laval 53000|Alençon 61000|Évreux 27000|
Cherbourg-en-Cotentin 50100|Beauvais 60000|Compiègne 60200|Arras 62000|Lens 62300|Dunkerque 59140|
Valenciennes 59300|Douai 59500|Charleville-Mézières 08000|Troyes 10000|Épinal 88000|Colmar 68000|
Belfort 90000|Mâcon 71000|Chalon-sur-Saône 71100|Auxerre 89000|Nevers 58000|Bourges 18000|
Châteauroux 36000|Blois 41000|Chartres 28000|Vichy 03200|Moulins 03000|Montluçon 03100|Aurillac 15000|
Le Puy-en-Velay 43000|Rodez 12000|Albi 81000|Castres 81100|Montauban 82000|Cahors 46000|Agen 47000|
Périgueux 24000|Bergerac 24100|Brive-la-Gaillarde 19100|Tulle 19000|Guéret 23000|Angoulême 16000|
Cognac 16100|Saintes 17100|Mont-de-Marsan 40000|Dax 40100|Tarbes 65000|Auch 32000|Foix 09000|
Carcassonne 11000|Narbonne 11100|Béziers 34500|Sète 34200|Alès 30100|Arles 13200|Gap 05000|
Digne-les-Bains 04000|Fréjus 83600|Cannes 06400|Antibes 06600|Grasse 06130|Aubenas 07200|Privas 07000|
Romans-sur-Isère 26100|Vienne 38200|Bourg-en-Bresse 01000|Oyonnax 01100|Annemasse 74100|
Thonon-les-Bains 74200|Saint-Julien-en-Genevois 74160|Lons-le-Saunier 39000|Dole 39100|Vesoul 70000|
Pontarlier 25300|Saint-Malo 35400|Fougères 35300|Vitré 35500|Lannion 22300|Saint-Brieuc 22000|
Morlaix 29600|Quimper 29000|Concarneau 29900|Lorient 56100|Vannes 56000|Pontivy 56300|Redon 35600|
Ancenis 44150|La Roche-sur-Yon 85000|Les Sables-d'Olonne 85100|Saumur 49400|Niort 79000|
Les Ulis 91940|Évry-Courcouronnes 91000|Massy 91300|Corbeil-Essonnes 91100|Melun 77000|Meaux 77100|
Versailles 78000|Mantes-la-Jolie 78200|Poissy 78300|Cergy 95000|Sarcelles 95200|Bobigny 93000|
Pantin 93500|Bondy 93140|Ajaccio 20000|Bastia 20200|Saint-Julien-de-Concelles 44450|
Saint-Jean-de-Braye 45800|Saint-Priest 69800|Oullins 69600|Écully 69130|Le Creusot 71200
""")
)

# Communes made from common parts ("Saint-Julien-sur-Loire", "La Chapelle-en-Vercors"): most
# associations live in small places, and 20 000 organisations need more names than big towns.
# About one in nine starts with "Saint", as in France (it matters to search timings).
_COMMUNE_BASES = _split("""
Saint-Julien|Saint-Martin|Saint-Jean|Saint-Germain|Sainte-Marie|Villeneuve|Neuville|Montigny|Fontaine|
Beaumont|Châteauneuf|Villers|Champigny|Marcilly|Aubigny|Savigny|Bourg|La Chapelle|Le Plessis|La Roche|
Les Essarts|Mareuil|Longueville|Fresnay|Brion|Arnac|Vaux|Rochefort|Cormeilles|Lézat|Pléneuf|Quintin|
Messac|Gerzat|Marsac|Lussac|Tournon|Bréval|Condat|Écouen|Orval|Mirebeau
""")

_COMMUNE_ENDS = _split("""
-sur-Loire|-sur-Marne|-sur-Seine|-sur-Mer|-en-Vercors|-en-Bresse|-les-Bains|-le-Château|-du-Lac|
-sous-Bois|-la-Forêt|-le-Vieux|-d'Arve|-sur-Isère|-en-Velay|-des-Bois|-de-Bretagne|-sur-Orge|-le-Grand|
-la-Rivière|-sur-Vienne|-en-Champagne|-d'Oléron|-la-Montagne|-sur-Lot
""")
_DEPARTEMENTS = [f"{n:02d}" for n in range(1, 96) if n not in (20, 75)]


def _commune_postcode(name: str) -> str:
    """A stable, plausible postcode for a made-up commune (crc32: the same on every run)."""
    code = zlib.crc32(name.encode())
    return f"{_DEPARTEMENTS[code % len(_DEPARTEMENTS)]}{(code >> 8) % 99 * 10 + 10:03d}"


COMMUNES = tuple(
    (name, _commune_postcode(name))
    for name in [*_COMMUNE_BASES, *(b + e for b in _COMMUNE_BASES for e in _COMMUNE_ENDS)]
)

STREET_KINDS = _split("rue|rue|rue|avenue|boulevard|place|impasse|allée|chemin|quai|route|cours")
STREET_NAMES = _split("""
Victor-Hugo|Jean-Jaurès|de la République|Pasteur|du Général-de-Gaulle|des Écoles|de la Gare|du Moulin|
des Lilas|Émile-Zola|Jules-Ferry|Gambetta|Voltaire|de la Paix|du Marché|des Tilleuls|Paul-Bert|
Louise-Michel|Simone-Veil|Marie-Curie|Jean-Moulin|Lucie-Aubrac|des Acacias|de l'Église|du Stade|
de la Liberté|Anatole-France|Carnot|Antoine-de-Saint-Exupéry|des Peupliers|de la Fontaine|du Château|
Georges-Brassens|Aristide-Briand|de Verdun|des Rosiers|du Port|de la Mairie|Joséphine-Baker|
Olympe-de-Gouges|Pierre-et-Marie-Curie|des Frères-Lumière|de l'Industrie|des Vignes|du Lavoir
""")
VENUES = _split("""
Maison des associations|Maison des associations|Maison de quartier|Centre social|Espace associatif
""")

# Mostly the themes; the last few are relation tags a treasurer would add.
THEMES = _split("""
sport|culture|jeunesse|solidarité|environnement|éducation populaire|quartier|seniors|santé|insertion|
musique|théâtre|petite enfance|numérique|alimentation|mobilité|patrimoine|handicap|parentalité|réemploi
""")
PERSON_TAGS = _split("bénévole|bénévole|adhérent·e|adhérent·e|donateur·rice|intervenant·e|élu·e|parent")
PARTNER_TAGS = _split("partenaire|financeur|prêt de matériel|réseau")

NOTES = _split("""
Disponible le week-end.|Permis B, peut conduire le camion.|Parle anglais et espagnol.|
Préfère être contacté·e par courriel.|Ancien·ne trésorier·ère, connaît bien la comptabilité.|
À relancer pour le renouvellement de l'adhésion.|Peut prêter une remorque.|Formé·e aux premiers secours (PSC1).
""")

QUARTIERS = _split("""
centre-ville|Croix-Rousse|Belleville|les Minimes|la Guillotière|Bellevue|les Chartreux|la Duchère|
Saint-Michel|les Capucins|le Vieux-Port|la Source|les Pins|Beaulieu|le Mirail|Vauban|la Madeleine
""")
THINGS = _split("""
du Jardin partagé|du Vieux Moulin|de la Bibliothèque|du Patrimoine|des Oiseaux|de la Forêt|du Canal|
de l'Orgue|du Musée|des Arts|de la Musique|du Vélo|des Jardins ouvriers|de la Nature|du Cinéma|
de la Chapelle|des Livres|du Lavoir|de la Rivière|du Château|de la Terre
""")
NICE_NAMES = _split("""
La Trouvaille|Le Grenier|L'Étincelle|Les Trois Rivières|La Passerelle|Le Fil d'Ariane|La Ruche|Le Petit Pont|
L'Envol|La Boussole|Le Chaudron|La Clé des champs|Le Colibri|Les Mains vertes|La Fabrique|Le Relais|
L'Arbre à palabres|La Pépinière|Le Tremplin|Horizons|Trait d'union|Entre voisins|Au fil de l'eau
""")
CAUSES = _split("""
l'enfance|la jeunesse|l'égalité des chances|la nature|les arts vivants|la lecture|l'insertion|le sport pour tous
""")

# Organisation name patterns: (template, themes it implies). Placeholders: {de_town}
# ("de Lyon", "d'Angers", "du Mans"), {town}, {quartier}, {thing}, {nice}, {surname}, {first}, {cause}.
ASSOCIATION_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Association sportive {de_town}", ("sport",)),
    ("Les Amis {thing}", ("patrimoine",)),
    ("Comité des fêtes {de_town}", ("quartier", "culture")),
    ("Comité des fêtes du quartier {quartier}", ("quartier",)),
    ("Ressourcerie {nice}", ("réemploi", "environnement")),
    ("Amicale laïque {de_town}", ("éducation populaire",)),
    ("Foyer rural {de_town}", ("éducation populaire", "culture")),
    ("Maison des jeunes et de la culture {de_town}", ("jeunesse", "culture")),
    ("MJC {town}", ("jeunesse", "culture")),
    ("Tennis club {de_town}", ("sport",)),
    ("Football club {town}", ("sport", "jeunesse")),
    ("Judo club {de_town}", ("sport",)),
    ("Chorale {nice}", ("musique", "culture")),
    ("Compagnie théâtrale {nice}", ("théâtre", "culture")),
    ("Jardin partagé {nice}", ("environnement", "quartier")),
    ("Association des parents d'élèves de l'école {surname}", ("parentalité", "jeunesse")),
    ("Centre social {nice}", ("solidarité", "quartier")),
    ("Repair café {de_town}", ("réemploi", "environnement")),
    ("AMAP {nice}", ("alimentation", "environnement")),
    ("Université populaire {de_town}", ("éducation populaire",)),
    ("Club des aînés {de_town}", ("seniors",)),
    ("Épicerie solidaire {nice}", ("solidarité", "alimentation")),
    ("Collectif {nice}", ("solidarité",)),
    ("Vélo-école {de_town}", ("mobilité", "sport")),
    ("Les Amis de la bibliothèque {de_town}", ("culture",)),
    ("Harmonie municipale {de_town}", ("musique",)),
    ("Association {nice}", ("solidarité",)),
    ("Accueil des villes françaises {de_town}", ("solidarité",)),
    ("Banque alimentaire {de_town}", ("solidarité", "alimentation")),
    ("Club informatique {nice}", ("numérique", "seniors")),
    ("Crèche parentale {nice}", ("petite enfance", "parentalité")),
    ("Handisport {town}", ("handicap", "sport")),
    ("Les Jardiniers {de_town}", ("environnement",)),
    ("Ciné-club {nice}", ("culture",)),
    ("Atelier numérique {de_town}", ("numérique", "insertion")),
)
COLLECTIVITE_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Mairie {de_town}", ()),
    ("Mairie {de_town}", ()),
    ("Centre communal d'action sociale {de_town}", ("solidarité",)),
    ("Communauté de communes du pays {de_town}", ()),
    ("Service des sports {de_town}", ("sport",)),
    ("Médiathèque municipale {de_town}", ("culture",)),
)
ENTREPRISE_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Boulangerie {surname}", ("alimentation",)),
    ("Imprimerie {nice}", ()),
    ("{surname} et fils", ()),
    ("Location {surname} Événements", ()),
    ("Garage {surname}", ("mobilité",)),
    ("Librairie {nice}", ("culture",)),
    ("Scop {nice}", ("insertion",)),
    ("Transports {surname}", ("mobilité",)),
)
FONDATION_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Fondation {first} {surname}", ()),
    ("Fondation pour {cause}", ()),
    ("Fonds de dotation {nice}", ()),
)

COLLECTIVITE_TITLES = _split(
    "Adjoint·e à la vie associative|Chargé·e de mission vie associative|Directeur·rice"
)
ENTREPRISE_TITLES = _split("Gérant·e|Responsable mécénat|Chargé·e de clientèle")
FONDATION_TITLES = _split("Chargé·e de mécénat|Délégué·e général·e")

CONSENT_PURPOSES = _split("""
Lettre d'information|Lettre d'information|Lettre d'information|Photos et vidéos|
Partage des coordonnées au sein du réseau|Appels aux bénévoles
""")
CONSENT_SOURCES = _split("""
Formulaire d'adhésion|Formulaire d'adhésion|Inscription en ligne|Bulletin papier|
Stand au forum des associations|Courriel
""")

EMAIL_PROVIDERS = _split(
    "gmail.com|gmail.com|orange.fr|free.fr|laposte.net|wanadoo.fr|sfr.fr|hotmail.fr|yahoo.fr"
)

# Landline zone (the digit after 0) by département: 01 Île-de-France, 02 north-west,
# 03 north-east, 05 south-west, 04 the rest (south-east and centre-east).
ZONE_1 = frozenset(["75", "77", "78", "91", "92", "93", "94", "95"])
ZONE_2 = frozenset(
    [
        "14",
        "18",
        "22",
        "27",
        "28",
        "29",
        "35",
        "36",
        "37",
        "41",
        "44",
        "45",
        "49",
        "50",
        "53",
        "56",
        "61",
        "72",
        "76",
        "85",
    ]
)
ZONE_3 = frozenset(
    [
        "02",
        "08",
        "10",
        "21",
        "25",
        "39",
        "51",
        "52",
        "54",
        "55",
        "57",
        "58",
        "59",
        "60",
        "62",
        "67",
        "68",
        "70",
        "71",
        "80",
        "88",
        "89",
        "90",
    ]
)
ZONE_5 = frozenset(
    [
        "09",
        "11",
        "12",
        "16",
        "17",
        "19",
        "23",
        "24",
        "31",
        "32",
        "33",
        "40",
        "46",
        "47",
        "64",
        "65",
        "66",
        "79",
        "81",
        "82",
        "86",
        "87",
    ]
)


def landline_zone(postcode: str) -> str:
    dept = postcode[:2]
    for zone, depts in (("1", ZONE_1), ("2", ZONE_2), ("3", ZONE_3), ("5", ZONE_5)):
        if dept in depts:
            return zone
    return "4"


# --- shared equipment (app/demo/equipment.py) ---------------------------
# "Name|category|purchase value €|deposit € (0: none)|accessories, "/"-separated|description".
# The first ones are what most associations own, in that order: a small demo gets them first.
EQUIPMENT_TEMPLATES: tuple[tuple[str, str, int, int, tuple[str, ...], str], ...] = tuple(
    (name, category, int(value), int(deposit), _split(accessories.replace("/", "|")), description)
    for name, category, value, deposit, accessories, description in (
        line.split("|")
        for line in """
Vidéoprojecteur Full HD|Audiovisuel|650|150|Câble HDMI 5 m/Télécommande/Sacoche/Cordon d'alimentation|Lumineux, pour une salle de 80 personnes.
Sono portable 2 × 300 W|Audiovisuel|1200|300|Table de mixage 4 voies/2 micros sans fil/2 pieds d'enceinte/4 câbles XLR/Multiprise|Pour un concert en plein air ou une assemblée générale.
Chapiteau de réception 5 × 10 m|Barnums et tentes|3500|500|6 bâches latérales/Piquets et sardines/Sangles de lestage/Notice de montage|Monté en deux heures par six bénévoles.
Lot de 40 chaises pliantes|Mobilier|720|100|Chariot de transport|Chaises en résine, empilables.
Barnum 3 × 3 m|Barnums et tentes|450|100|3 bâches latérales/4 lests de 10 kg/Sac de transport|Structure en aluminium, montage sans outil.
Lot de 10 tables pliantes 180 × 75 cm|Mobilier|650|100|Chariot de transport|Tables de réception en polyéthylène.
Écran de projection sur trépied 200 × 200 cm|Audiovisuel|180|50|Housse de transport|
Barnum 3 × 6 m|Barnums et tentes|890|150|4 bâches latérales/6 lests de 10 kg/Sac de transport|
Tables de brasserie (5 ensembles)|Mobilier|900|150|10 bancs|Une table et deux bancs par ensemble.
Percolateur 100 tasses|Cuisine|150|0||
Crêpière électrique double|Cuisine|260|50|2 râteaux/2 spatules|
Plancha gaz 3 feux|Cuisine|350|80|Détendeur/Tuyau de gaz|Bouteille de gaz non fournie.
Réfrigérateur à boissons 300 L|Cuisine|600|150||Vitré, sur roulettes.
Tireuse à bière 2 becs|Cuisine|380|100|Tête de fût/Bac égouttoir|
Micros sans fil (paire)|Audiovisuel|320|80|Récepteur/Piles de rechange|
Groupe électrogène 2 kW|Électricité|700|200|Bidon de 5 L/Câble de terre|Silencieux, pour une buvette ou une sono.
Enrouleurs électriques 25 m (lot de 4)|Électricité|160|0||
Guirlandes guinguette 50 m|Électricité|120|30|Rallonge 10 m|
Grilles d'exposition (lot de 10)|Animation|600|100|20 pieds/40 crochets|Pour une exposition ou un marché de créateurs.
Jeux en bois géants (lot de 8)|Animation|450|80|Caisse de rangement/Règles plastifiées|Puissance 4, mikado, passe-trappe…
Château gonflable 4 × 4 m|Animation|2200|400|Souffleur/Bâche de sol/Piquets|Pour les 3 à 10 ans, sous surveillance d'un adulte.
Talkies-walkies (lot de 6)|Animation|240|60|Chargeur multiple/Oreillettes|
Remorque 750 kg|Transport|1100|300|4 sangles d'arrimage/Bâche/Antivol|Permis B suffisant.
Diable de manutention|Transport|90|0||
Vélo cargo triporteur|Transport|4500|500|Cadenas/Chargeur de batterie/Bâche de caisse|Assistance électrique, 60 km d'autonomie.
Ordinateur portable|Informatique|700|200|Chargeur/Souris|Suite bureautique libre installée.
Imprimante laser couleur|Informatique|400|100|Câble USB/Toner de rechange|
Broyeur de végétaux|Jardinage et bricolage|900|200|Lunettes de protection/Gants|Branches jusqu'à 4 cm.
Perceuse-visseuse sans fil|Jardinage et bricolage|180|50|2 batteries/Chargeur/Coffret d'embouts|
Nettoyeur haute pression|Jardinage et bricolage|300|80|Lance/Buse rotative|
Escabeau 5 marches|Jardinage et bricolage|110|0||
Coffre-fort de caisse|Mobilier|150|0|2 clés|
""".strip().splitlines()
    )
)
STORAGE_PLACES = _split("""
Local associatif, étagère B|Garage de la mairie|Cave de la Maison des associations|
Conteneur du jardin partagé|Réserve de la salle polyvalente|Grenier du presbytère|Local du club, fond à gauche
""")
EQUIPMENT_NOTES = _split("""
Vérifier le niveau d'huile au retour.|Nettoyer avant de rendre, merci !|Clé du local chez la présidente.|
Prévoir deux personnes pour le transport.
""")
OUT_OF_SERVICE_NOTES = _split("""
En panne depuis la dernière fête : en attente de réparation.|Pièce commandée, retour prévu le mois prochain.|
Hors d'usage, à remplacer.
""")
DECLINE_NOTES = _split("""
Déjà prévu pour notre fête de quartier, désolé.|Matériel en réparation à ces dates.|
Personne de disponible pour la remise ce week-end.|Nous en avons besoin pour notre assemblée générale.
""")
DAMAGES = _split("""
Toile déchirée sur 40 cm, armature tordue.|Écran fissuré, ne s'allume plus.|
Moteur grillé, réparation plus chère que la caution.
""")
