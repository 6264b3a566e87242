<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="126"/>
        <source>Ajouter un consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="129"/>
        <source>Lettre d&apos;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="129"/>
        <source>Droit à l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="130"/>
        <source>Partage des coordonnées avec le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="134"/>
        <source>ex. bulletin d&apos;adhésion papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="136"/>
        <source>Finalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="137"/>
        <source>Donné le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="138"/>
        <source>Recueilli par</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="95"/>
        <source>Consentements (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="95"/>
        <source>Ajouter un consentement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="96"/>
        <source>Retirer le consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="101"/>
        <source>{0} — donné le {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="105"/>
        <source> — retiré le {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="45"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="46"/>
        <source>Collectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="47"/>
        <source>Entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="48"/>
        <source>Fondation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="49"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="53"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="54"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="55"/>
        <source>Nom de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="56"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="57"/>
        <source>N° RNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="57"/>
        <source>W123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="58"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="58"/>
        <source>14 chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="61"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="62"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="62"/>
        <source>nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="63"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="63"/>
        <source>06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="64"/>
        <source>Site web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="64"/>
        <source>www.exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="65"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="66"/>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="66"/>
        <source>séparées par des virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="67"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="76"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="78"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="79"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="162"/>
        <source>La fiche n&apos;est pas enregistrée : corrigez les champs signalés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="180"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="181"/>
        <source>Nouvelle organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="55"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="55"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="55"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="56"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="56"/>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="68"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="68"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTransfer</name>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="35"/>
        <source>Importer des contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="36"/>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="67"/>
        <source>{0} contact(s) importé(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="71"/>
        <source>Import impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="72"/>
        <source>Le fichier n&apos;a pas pu être importé ; rien n&apos;a été modifié.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="77"/>
        <source>Exporter les contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="78"/>
        <source>CSV pour tableur (*.csv);;vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="94"/>
        <source>{0} contact(s) exporté(s) vers {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="95"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="43"/>
        <source>Rechercher un nom, une organisation, un e-mail, un téléphone, une étiquette… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="45"/>
        <source>Tous les contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="46"/>
        <source>Personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="47"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="48"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="49"/>
        <source>Nouvelle personne (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="50"/>
        <source>Nouvelle organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="51"/>
        <source>Nouvelle organisation (Ctrl+Maj+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="74"/>
        <source>Aucun contact pour l&apos;instant.
Créez une fiche (Ctrl+N) ou importez un fichier (Fichier ▸ Importer des contacts…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="107"/>
        <source>Recherche impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="139"/>
        <source>Mettre « {0} » à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="141"/>
        <source>Mettre {0} contacts à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="143"/>
        <source>{0} — Ctrl+Z pour annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="176"/>
        <source>{0}{1} résultat(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="45"/>
        <source>Exporter ses données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="46"/>
        <source>Anonymiser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="47"/>
        <source>Rechercher les doublons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="138"/>
        <source>Fiche enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="146"/>
        <source>Cette fiche n&apos;existe plus (elle a peut-être été supprimée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="148"/>
        <source>L&apos;opération a échoué : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="188"/>
        <source>Exporter les données de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="190"/>
        <source>JSON (*.json);;CSV pour tableur (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="201"/>
        <source>Données exportées dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="207"/>
        <source>Anonymiser cette personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="208"/>
        <source>Le nom, les coordonnées, les notes et les consentements de cette personne seront effacés définitivement. Ses rôles passés restent attachés à une « Personne anonymisée ».

Cette action ne peut pas être annulée. Continuer ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="156"/>
        <source>Doublons possibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="158"/>
        <source>Ces fiches ressemblent beaucoup à celle-ci :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="159"/>
        <source>Aucun doublon probable n&apos;a été trouvé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="169"/>
        <source>Enregistrer quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="170"/>
        <source>Compléter la fiche existante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="172"/>
        <source>Fusionner dans cette fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="174"/>
        <source>Ouvrir la fiche existante</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="40"/>
        <source>Importer des contacts — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="51"/>
        <source>Lignes refusées et doublons possibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="65"/>
        <source>Correspondance des colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="72"/>
        <source>(ignorer cette colonne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="77"/>
        <source>Colonne « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="102"/>
        <source>Nouvelle vérification des lignes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="115"/>
        <source>{0} ligne(s) prête(s) à importer, {1} refusée(s), {2} doublon(s) possible(s). Rien n&apos;est enregistré avant que vous confirmiez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="120"/>
        <source>ligne {0} : doublon possible de « {1} » ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="123"/>
        <source>ligne {0} : ressemble à la ligne {1} du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="124"/>
        <source>Aucun problème trouvé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="125"/>
        <source>Importer {0} contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="36"/>
        <source>Entraide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="50"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="51"/>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Matériel et prêts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>Ici viendra le catalogue du matériel que les associations du réseau se prêtent : réservations, sorties, retours et cautions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Pratiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Ici viendra la bibliothèque des bonnes pratiques partagées par les associations du réseau, à lire, commenter et adopter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Ici viendront les conventions de partenariat entre associations, à préparer ensemble et à imprimer pour signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>Ici viendra la synchronisation avec le hub du réseau. En attendant, tout est enregistré sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>Erreur : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Nouvelle &amp;personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Nouvelle &amp;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>&amp;Importer des contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>&amp;Exporter les contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>&amp;Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>&amp;Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>Mettre à la &amp;corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>À &amp;propos d&apos;Entraide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>Contacts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Corbeille ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Entraide ne peut pas ouvrir ses données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>La base locale n&apos;a pas pu être ouverte ou mise à jour :
{0}

Vos données n&apos;ont pas été modifiées ; une sauvegarde est faite avant toute mise à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>À propos d&apos;Entraide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192"/>
        <source>&lt;h3&gt;Entraide {0}&lt;/h3&gt;&lt;p&gt;Contacts, matériel partagé, pratiques et conventions des associations d&apos;un réseau.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence GNU GPL version 3 ou ultérieure.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="52"/>
        <source>Ajouter un rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="52"/>
        <source>Ajouter un membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="55"/>
        <source>Tapez le nom de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="55"/>
        <source>Tapez le nom de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="61"/>
        <source>Intitulé libre (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="62"/>
        <source>Date de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="63"/>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="68"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="70"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="71"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="106"/>
        <source>Choisissez d&apos;abord dans la liste des résultats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="109"/>
        <source>La date de fin précède la date de début.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="67"/>
        <source>Rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="67"/>
        <location filename="../../app/ui/contacts/relations.py" line="74"/>
        <source>Ajouter un rôle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="67"/>
        <source>Retirer le rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="73"/>
        <source>Rôles dans les organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="73"/>
        <source>Membres et rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="74"/>
        <source>Ajouter un membre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="80"/>
        <source> (terminé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="85"/>
        <source>, du {0} au {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="87"/>
        <source>, depuis le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="89"/>
        <source>, jusqu&apos;au {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="14"/>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="16"/>
        <source>Selon le système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="21"/>
        <source>Le changement de langue prend effet au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="27"/>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../app/ui/trash_view.py" line="30"/>
        <source>Les fiches supprimées restent ici jusqu&apos;à ce que vous vidiez la corbeille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_view.py" line="39"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_view.py" line="40"/>
        <source>Vider la corbeille…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_view.py" line="63"/>
        <source>Vider la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_view.py" line="64"/>
        <source>Les fiches de la corbeille seront supprimées définitivement, avec leurs rôles et leurs consentements. Continuer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/trash_view.py" line="75"/>
        <source>{0} fiche(s) traitée(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
